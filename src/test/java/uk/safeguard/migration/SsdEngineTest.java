package uk.safeguard.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguard.support.IntegrationTest;
import uk.safeguard.support.SsdFiles;

class SsdEngineTest extends IntegrationTest {
    @Autowired
    SsdMigration migration;

    @Test
    void filesSafeguardDoesNotReadAreListedAsIgnored() {
        SsdImportResult result = SsdFiles.importCsv(migration, Map.of("ssd_sdq_scores.csv", "csdq_table_id\n1\n"));
        assertThat(result.succeeded()).isTrue();
        assertThat(result.ignoredFiles()).containsExactly("ssd_sdq_scores.csv");
    }

    @Test
    void csvReadsQuotesCommasAndLineBreaks() throws Exception {
        var reader = new SsdCsv.Reader(new java.io.StringReader("\uFEFFa,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n,,\n"));
        assertThat(reader.next()).containsExactly("a", "b", "c");
        assertThat(reader.next()).containsExactly("x, y", "say \"hi\"", "two\nlines");
        assertThat(reader.next()).containsExactly("", "", "");
        assertThat(reader.next()).isNull();
        assertThat(SsdCsv.countRecords(new java.io.StringReader("a\n\"1\n2\"\n3"))).isEqualTo(3);
        java.io.StringWriter out = new java.io.StringWriter();
        SsdCsv.write(out, List.of("x, y", "say \"hi\"", ""));
        assertThat(out.toString()).isEqualTo("\"x, y\",\"say \"\"hi\"\"\",\n");
    }

    @Test
    void normalisedValuesCompareDatesAndJson() {
        assertThat(SsdFormat.normalised("2024-03-01")).isEqualTo(SsdFormat.normalised("2024-03-01T00:00:00"));
        assertThat(SsdFormat.normalised("{\"B\":\"N\",\"A\":\"Y\"}")).isEqualTo(SsdFormat.normalised("{\"A\":\"Y\", \"B\":\"N\"}"));
    }
}
