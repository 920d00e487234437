package uk.safeguard.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import uk.safeguard.reporting.internal.ExportTable;
import uk.safeguard.reporting.internal.ExportWriter;

class ExportWriterTest {

    private static final ExportTable AGENCIES = ExportTable.named("Attrition by agency", "Agency", "Contacts", "Share", "Note")
            .row("Oakfield Primary School", 12L, 41.7, "plain")
            .row("St Mary's, \"The Meadows\"", 3L, 100.0, "line one\nline two")
            .row("=HYPERLINK(\"http://evil\")", 1L, null, "+44 1234")
            .row("-2+3", 0L, 0.0, "@SUM(A1)")
            .row(null, -5L, 12.25, "\tTabbed")
            .build();

    /** A small RFC 4180 reader: quoted fields, doubled quotes, CRLF records. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return records;
    }

    @Test
    void csv_follows_rfc_4180_and_round_trips() {
        String text = new String(ExportWriter.csv(AGENCIES), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFAgency,Contacts,Share,Note\r\n");
        assertThat(text).contains("\"St Mary's, \"\"The Meadows\"\"\"", "\"line one\nline two\"");
        assertThat(text).endsWith("\r\n");
        List<List<String>> records = parseCsv(text.substring(1));
        assertThat(records).hasSize(6);
        assertThat(records.get(0)).containsExactly("Agency", "Contacts", "Share", "Note");
        assertThat(records.get(1)).containsExactly("Oakfield Primary School", "12", "41.7", "plain");
        assertThat(records.get(2)).containsExactly("St Mary's, \"The Meadows\"", "3", "100", "line one\nline two");
        assertThat(records.get(5)).containsExactly("", "-5", "12.25", "'\tTabbed");
    }

    @Test
    void csv_text_that_a_spreadsheet_would_run_as_a_formula_gets_an_apostrophe() {
        List<List<String>> records = parseCsv(new String(ExportWriter.csv(AGENCIES), StandardCharsets.UTF_8).substring(1));
        assertThat(records.get(3)).containsExactly("'=HYPERLINK(\"http://evil\")", "1", "", "'+44 1234");
        assertThat(records.get(4)).containsExactly("'-2+3", "0", "0", "'@SUM(A1)");
    }

    @Test
    void xlsx_round_trips_with_numbers_as_numbers_and_text_never_as_formulas() throws Exception {
        ExportTable second = ExportTable.named("Attrition by agency", "Day", "Count").row(LocalDate.of(2026, 11, 30), 7L).build();
        byte[] bytes = ExportWriter.xlsx(List.of(AGENCIES, second));
        assertThat(ReadableWorkbook.isOOXMLZipHeader(bytes)).isTrue();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("Attrition by agency", "Attrition by agency 2");
            List<Row> rows = sheets.get(0).read();
            assertThat(rows).hasSize(6);
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Agency");
            assertThat(rows.get(1).getCellText(0)).isEqualTo("Oakfield Primary School");
            assertThat(rows.get(1).getCell(1).getType()).isEqualTo(CellType.NUMBER);
            assertThat(rows.get(1).getCellAsNumber(1)).contains(new BigDecimal("12"));
            assertThat(rows.get(1).getCellAsNumber(2).orElseThrow()).isEqualByComparingTo("41.7");
            assertThat(rows.get(2).getCellText(0)).isEqualTo("St Mary's, \"The Meadows\"");
            assertThat(rows.get(2).getCellText(3)).isEqualTo("line one\nline two");
            assertThat(rows.get(3).getCell(0).getType()).isEqualTo(CellType.STRING);
            assertThat(rows.get(3).getCellText(0)).isEqualTo("=HYPERLINK(\"http://evil\")");
            assertThat(rows.get(3).getOptionalCell(2).map(c -> c.getType()).orElse(CellType.EMPTY)).isEqualTo(CellType.EMPTY);
            assertThat(rows.get(4).getCellAsNumber(2).orElseThrow()).isEqualByComparingTo("0");
            List<Row> dates = sheets.get(1).read();
            assertThat(dates.get(1).getCellAsDate(0).orElseThrow().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 30));
            assertThat(dates.get(1).getCellAsNumber(1)).contains(new BigDecimal("7"));
        }
    }

    @Test
    void sheet_names_follow_excel_rules() throws Exception {
        ExportTable longName = ExportTable.named("Breakdown by referring agency: children? [Nov 2026]", "A").row("x").build();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(ExportWriter.xlsx(longName)))) {
            String name = workbook.getFirstSheet().getName();
            assertThat(name.length()).isLessThanOrEqualTo(31);
            assertThat(name).doesNotContain("[", "]", ":", "?").startsWith("Breakdown by referring agency");
        }
    }

    @Test
    void a_row_of_the_wrong_width_is_refused() {
        assertThatThrownBy(() -> ExportTable.named("t", "A", "B").row("only one").build())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
