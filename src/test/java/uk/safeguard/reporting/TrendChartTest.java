package uk.safeguard.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;
import uk.safeguard.reporting.internal.TrendChart;
import uk.safeguard.reporting.internal.TrendChart.Point;

class TrendChartTest {
    private static final YearMonth LAST = YearMonth.of(2026, 11);

    private static List<Point> points(Double... values) {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            points.add(new Point(LAST.minusMonths(values.length - 1 - i), values[i]));
        }
        return points;
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    @Test
    void an_accessible_image_named_by_its_title_and_described() throws Exception {
        String svg = TrendChart.svg("trend-icpc", "Initial conferences within 15 working days", Unit.PERCENT,
                points(70.0, 75.0, 80.0, 85.0, 90.0, 60.0, 65.0, 70.0, 75.0, 80.0, 85.0, 88.0, 91.5), 85.0);
        Document doc = parse(svg);
        Element root = doc.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("trend-icpc-title trend-icpc-desc");
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("Initial conferences within 15 working days: trend over 13 months");
        assertThat(((Element) doc.getElementsByTagName("title").item(0)).getAttribute("id")).isEqualTo("trend-icpc-title");
        String desc = doc.getElementsByTagName("desc").item(0).getTextContent();
        assertThat(desc).contains("November 2025 to November 2026", "Latest: 91.5%", "Lowest: 60% in April 2026",
                "Highest: 91.5% in November 2026", "Target: 85%");
    }

    @Test
    void one_dot_per_month_with_a_figure_and_every_month_labelled() throws Exception {
        Document doc = parse(TrendChart.svg("t", "Contacts", Unit.COUNT,
                points(10.0, 12.0, 8.0, 15.0, 20.0, 11.0, 9.0, 13.0, 14.0, 16.0, 18.0, 17.0, 19.0), null));
        assertThat(doc.getElementsByTagName("circle").getLength()).isEqualTo(13);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < doc.getElementsByTagName("text").getLength(); i++) {
            texts.add(doc.getElementsByTagName("text").item(i).getTextContent());
        }
        assertThat(texts).contains("Nov", "Dec", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
                "2025", "2026");
        // The value axis starts at zero and reaches above the highest figure, in round steps.
        assertThat(texts).contains("0", "5", "10", "15", "20", "25");
        // No target: no target line.
        assertThat(doc.getElementsByTagName("line").getLength()).isEqualTo(6 + 2);
        // Points climb left to right in x; a higher figure sits higher (smaller y).
        Element first = (Element) doc.getElementsByTagName("circle").item(0);
        Element fifth = (Element) doc.getElementsByTagName("circle").item(4);
        assertThat(Double.parseDouble(fifth.getAttribute("cx"))).isGreaterThan(Double.parseDouble(first.getAttribute("cx")));
        assertThat(Double.parseDouble(fifth.getAttribute("cy"))).isLessThan(Double.parseDouble(first.getAttribute("cy")));
    }

    @Test
    void the_target_is_a_labelled_dashed_line() throws Exception {
        String svg = TrendChart.svg("t", "Re-referrals", Unit.PERCENT, points(20.0, 25.0, 22.0), 20.0);
        assertThat(svg).contains("stroke-dasharray", "Target 20%");
        Document doc = parse(svg);
        assertThat(doc.getElementsByTagName("line").getLength()).isEqualTo(5 + 2 + 1);
        assertThat(svg).contains(">100%<", ">0%<");
    }

    @Test
    void months_without_a_figure_leave_a_gap_and_never_NaN() throws Exception {
        String svg = TrendChart.svg("t", "ICPC", Unit.PERCENT, points(80.0, null, 90.0, Double.NaN, 70.0), 85.0);
        assertThat(svg).doesNotContain("NaN").doesNotContain("Infinity");
        Document doc = parse(svg);
        assertThat(doc.getElementsByTagName("circle").getLength()).isEqualTo(3);
        // Three separate runs: the line is lifted (M) at each gap.
        String d = ((Element) doc.getElementsByTagName("path").item(0)).getAttribute("d");
        assertThat(d.chars().filter(c -> c == 'M').count()).isEqualTo(3);
        assertThat(doc.getElementsByTagName("desc").item(0).getTextContent()).contains("2 months have no figure");
    }

    @Test
    void no_figures_at_all_still_draws_axes_and_says_so() throws Exception {
        String svg = TrendChart.svg("t", "ICPC", Unit.PERCENT, points(null, null, null), null);
        assertThat(svg).doesNotContain("NaN").contains("No figures for these months");
        Document doc = parse(svg);
        assertThat(doc.getElementsByTagName("path").getLength()).isZero();
        assertThat(doc.getElementsByTagName("desc").item(0).getTextContent()).contains("No month has a figure", "No target");
        String zeros = TrendChart.svg("t", "Contacts", Unit.COUNT, points(0.0, 0.0), null);
        assertThat(zeros).doesNotContain("NaN");
        assertThat(parse(zeros).getElementsByTagName("circle").getLength()).isEqualTo(2);
    }

    @Test
    void text_is_escaped_and_ids_are_safe() throws Exception {
        String svg = TrendChart.svg("t <x> \"y\"", "Plans & <reviews> \"on time\"", Unit.AVERAGE, points(1.5, 2.5), 2.0);
        Document doc = parse(svg);
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).startsWith("Plans & <reviews> \"on time\"");
        assertThat(doc.getDocumentElement().getAttribute("aria-labelledby")).matches("[A-Za-z0-9 -]+");
    }

    @Test
    void large_and_small_values_get_round_axes() throws Exception {
        String svg = TrendChart.svg("t", "Rate", Unit.PER_10000, points(41.2, 43.9, 38.0), 40.0);
        assertThat(svg).doesNotContain("NaN").contains(">20<", ">40<", ">60<");
        String big = TrendChart.svg("t", "Contacts", Unit.COUNT, points(1204.0, 1500.0, 998.0), null);
        assertThat(big).contains(">1,500<", ">2,000<", ">0<");
        String over = TrendChart.svg("t", "Over", Unit.PERCENT, points(120.0), null);
        assertThat(over).contains(">100%<", ">150%<");
    }
}
