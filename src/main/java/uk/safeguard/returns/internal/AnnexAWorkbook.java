package uk.safeguard.returns.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the lists as one XLSX, one worksheet per list, streaming (fastexcel flushes rows as it goes, so a large
 * authority's lists never sit in memory as a workbook). Headings bold and frozen; dates as Excel dates shown
 * dd/mm/yyyy, as Ofsted's template does.
 */
public final class AnnexAWorkbook {
    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int FLUSH_EVERY = 2_000;

    private AnnexAWorkbook() {}

    /** Writes the workbook to {@code out} (not closed). */
    public static void write(List<AnnexASheet> sheets, OutputStream out) {
        try {
            Workbook workbook = new Workbook(out, "Safeguard", "1.0");
            for (AnnexASheet sheet : sheets) {
                writeSheet(workbook.newWorksheet(sheet.name()), sheet);
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeSheet(Worksheet ws, AnnexASheet sheet) throws IOException {
        for (int c = 0; c < sheet.headings().size(); c++) {
            ws.value(0, c, sheet.headings().get(c));
            ws.style(0, c).bold().wrapText(true).set();
            ws.width(c, Math.max(12, Math.min(40, sheet.headings().get(c).length() * 0.8)));
        }
        ws.freezePane(0, 1);
        int r = 1;
        for (List<Object> row : sheet.rows()) {
            for (int c = 0; c < row.size(); c++) {
                Object value = row.get(c);
                if (value instanceof LocalDate date) {
                    ws.value(r, c, date);
                    ws.style(r, c).format("dd/mm/yyyy").set();
                } else if (value instanceof Number n) {
                    ws.value(r, c, n);
                } else if (value != null) {
                    ws.value(r, c, value.toString());
                }
            }
            if (r % FLUSH_EVERY == 0) {
                ws.flush();
            }
            r++;
        }
        ws.finish();
    }
}
