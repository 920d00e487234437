package uk.safeguard.reporting.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes {@link ExportTable}s as CSV (RFC 4180) or XLSX (fastexcel, one sheet per table).
 *
 * <p>Spreadsheet-formula injection (OWASP "CSV injection"): free text typed by staff or partners (an agency's name, a
 * school's name) could start with {@code = + - @} (or a tab or carriage return) and be run as a formula when the CSV is
 * opened in a spreadsheet, so such text cells get a leading apostrophe. Numbers are written as numbers and are not
 * touched. XLSX cells are written as typed text cells (never formulas), so a spreadsheet shows them as they are.
 */
public final class ExportWriter {
    public static final String CSV_TYPE = "text/csv; charset=UTF-8";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** The UTF-8 byte order mark: Excel reads a CSV as UTF-8 only with it (names with accents, "£", "–"). */
    private static final String BOM = "\uFEFF";

    private ExportWriter() {
    }

    /** RFC 4180: comma-separated, CRLF line ends, a field quoted when it holds a comma, quote, CR or LF. */
    public static byte[] csv(ExportTable table) {
        StringBuilder out = new StringBuilder(BOM);
        line(out, List.copyOf(table.headings()));
        for (List<Object> row : table.rows()) {
            line(out, row);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(csvField(cells.get(i)));
        }
        out.append("\r\n");
    }

    static String csvField(Object cell) {
        String text;
        if (cell == null) {
            text = "";
        } else if (cell instanceof Number n) {
            text = plainNumber(n);
        } else if (cell instanceof LocalDate d) {
            text = d.toString();
        } else {
            text = guardFormula(cell.toString());
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\r") || text.contains("\n")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    /** A leading apostrophe on text a spreadsheet would otherwise read as a formula. */
    static String guardFormula(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private static String plainNumber(Number n) {
        if (n instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                return "";
            }
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf(d.longValue())
                    : java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return n.toString();
    }

    /** One workbook, a sheet per table, headings in bold and frozen. */
    public static byte[] xlsx(List<ExportTable> tables) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(bytes, "Safeguard", "1.0")) {
            Set<String> used = new HashSet<>();
            for (ExportTable table : tables) {
                Worksheet sheet = workbook.newWorksheet(sheetName(table.name(), used));
                for (int c = 0; c < table.headings().size(); c++) {
                    sheet.value(0, c, table.headings().get(c));
                    sheet.style(0, c).bold().set();
                    sheet.width(c, Math.min(60, Math.max(10, table.headings().get(c).length() + 2)));
                }
                sheet.freezePane(0, 1);
                for (int r = 0; r < table.rows().size(); r++) {
                    List<Object> row = table.rows().get(r);
                    for (int c = 0; c < row.size(); c++) {
                        Object cell = row.get(c);
                        if (cell == null || cell instanceof Double d && (d.isNaN() || d.isInfinite())) {
                            continue;
                        }
                        if (cell instanceof Number n) {
                            sheet.value(r + 1, c, n);
                        } else if (cell instanceof LocalDate d) {
                            sheet.value(r + 1, c, d);
                            sheet.style(r + 1, c).format("yyyy-mm-dd").set();
                        } else {
                            sheet.value(r + 1, c, cell.toString());
                        }
                    }
                }
                sheet.finish();
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static byte[] xlsx(ExportTable table) {
        return xlsx(List.of(table));
    }

    /** Excel's rules: at most 31 characters, none of {@code []:*?/\}, unique in the workbook. */
    static String sheetName(String name, Set<String> used) {
        String clean = name.replaceAll("[\\[\\]:*?/\\\\]", " ").trim();
        if (clean.isEmpty()) {
            clean = "Sheet";
        }
        String base = clean.length() > 31 ? clean.substring(0, 31).trim() : clean;
        String candidate = base;
        for (int i = 2; !used.add(candidate.toLowerCase(java.util.Locale.ROOT)); i++) {
            String suffix = " " + i;
            candidate = (base.length() + suffix.length() > 31 ? base.substring(0, 31 - suffix.length()) : base) + suffix;
        }
        return candidate;
    }
}
