package uk.safeguard.reporting.web;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.platform.NotFound;
import uk.safeguard.reporting.Breakdown;
import uk.safeguard.reporting.Indicator;
import uk.safeguard.reporting.Period;
import uk.safeguard.reporting.internal.AttritionReport;
import uk.safeguard.reporting.internal.DashboardBreakdown;
import uk.safeguard.reporting.internal.DashboardBuilder;
import uk.safeguard.reporting.internal.DashboardChildList;
import uk.safeguard.reporting.internal.DashboardPage;
import uk.safeguard.reporting.internal.DashboardService;
import uk.safeguard.reporting.internal.ExportTable;
import uk.safeguard.reporting.internal.ExportWriter;

/**
 * Every table on the performance pages as CSV or XLSX, built from the same {@link ExportTable} the page shows:
 * {@code /performance/export/dashboard.csv?month=}, {@code trends}, {@code attrition-agency}, {@code attrition-school},
 * {@code attrition} (XLSX: both), and per indicator {@code /performance/export/indicators/{id}/team.csv} (also
 * {@code worker}, {@code referring-agency}, {@code breakdowns} (XLSX: all three) and {@code children}, the last for
 * permitted roles only).
 */
@Controller
public class ExportController {
    private final DashboardService dashboards;

    public ExportController(DashboardService dashboards) {
        this.dashboards = dashboards;
    }

    @GetMapping("/performance/export/{table}.{format}")
    ResponseEntity<byte[]> table(CurrentUser me, @PathVariable String table, @PathVariable String format,
                                 @RequestParam(required = false) String month, @RequestParam(required = false) String from,
                                 @RequestParam(required = false) String to) {
        Format f = Format.of(format);
        List<ExportTable> tables = new ArrayList<>();
        String file;
        switch (table) {
            case "dashboard", "trends" -> {
                YearMonth m = dashboards.month(month);
                DashboardPage page = dashboards.dashboard(me, m);
                if (table.equals("dashboard")) {
                    tables.add(DashboardBuilder.table(page));
                }
                if (table.equals("trends") || f == Format.XLSX) {
                    tables.add(DashboardBuilder.trends(page));
                }
                file = "performance-" + table + "-" + m;
            }
            case "attrition", "attrition-agency", "attrition-school" -> {
                dashboards.requireAggregate(me);
                Period period = dashboards.attritionPeriod(from, to);
                AttritionReport report = dashboards.attrition(me, period);
                if (!table.equals("attrition-school")) {
                    tables.add(report.agencyTable());
                }
                if (!table.equals("attrition-agency")) {
                    tables.add(report.schoolTable());
                }
                if (table.equals("attrition") && f == Format.CSV) {
                    throw new NotFound("A CSV holds one table: download attrition-agency.csv or attrition-school.csv.");
                }
                file = table + "-" + period.from() + "-to-" + period.to();
            }
            case "multi-agency" -> {
                Period period = dashboards.attritionPeriod(from, to);
                tables.add(dashboards.multiAgency(me, period).table());
                file = table + "-" + period.from() + "-to-" + period.to();
            }
            default -> throw new NotFound("There is no table '" + table + "' to download.");
        }
        return answer(f, file, tables);
    }

    @GetMapping("/performance/export/indicators/{id}/{table}.{format}")
    ResponseEntity<byte[]> indicatorTable(CurrentUser me, @PathVariable String id, @PathVariable String table,
                                          @PathVariable String format, @RequestParam(required = false) String month) {
        Format f = Format.of(format);
        YearMonth m = dashboards.month(month);
        List<ExportTable> tables = new ArrayList<>();
        if (table.equals("children")) {
            Indicator indicator = dashboards.indicator(me, id);
            tables.add(new DashboardChildList(indicator, m, dashboards.children(me, id, m)).table());
        } else if (table.equals("breakdowns")) {
            if (f == Format.CSV) {
                throw new NotFound("A CSV holds one table: download team.csv, worker.csv or referring-agency.csv.");
            }
            dashboards.breakdowns(me, id, m).forEach(b -> tables.add(b.table()));
        } else {
            Breakdown by = DashboardBreakdown.fromSlug(table);
            if (by == null) {
                throw new NotFound("There is no table '" + table + "' to download for an indicator: use team, worker, "
                        + "referring-agency, breakdowns or children.");
            }
            tables.add(dashboards.breakdown(me, dashboards.indicator(me, id), m, by).table());
        }
        return answer(f, id + "-" + table + "-" + m, tables);
    }

    private static ResponseEntity<byte[]> answer(Format format, String file, List<ExportTable> tables) {
        byte[] body = format == Format.CSV ? ExportWriter.csv(tables.get(0)) : ExportWriter.xlsx(tables);
        String name = file.replaceAll("[^A-Za-z0-9._-]", "-") + "." + format.extension;
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.contentType))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }

    enum Format {
        CSV("csv", ExportWriter.CSV_TYPE), XLSX("xlsx", ExportWriter.XLSX_TYPE);

        final String extension;
        final String contentType;

        Format(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }

        static Format of(String extension) {
            for (Format f : values()) {
                if (f.extension.equals(extension)) {
                    return f;
                }
            }
            throw new NotFound("Downloads are CSV (.csv) or XLSX (.xlsx), not '." + extension + "'.");
        }
    }
}
