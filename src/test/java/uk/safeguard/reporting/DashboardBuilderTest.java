package uk.safeguard.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.safeguard.reporting.internal.DashboardBuilder;
import uk.safeguard.reporting.internal.DashboardGroup;
import uk.safeguard.reporting.internal.DashboardPage;
import uk.safeguard.reporting.internal.DashboardRow;
import uk.safeguard.reporting.internal.ExportTable;

/** The dashboard's shape from hand-built monthly figures: groups, the month, last year, the trend, the table. */
class DashboardBuilderTest {
    private static final YearMonth MONTH = YearMonth.of(2026, 11);

    private final DashboardPage page = DashboardBuilder.build(MONTH, DashboardTestData.definitions(),
            DashboardTestData.monthly(MONTH), Map.of("contacts", "Contacts rose after the half-term campaign."));

    @Test
    void indicators_are_grouped_in_the_engines_order() {
        assertThat(page.groups()).extracting(DashboardGroup::name).containsExactly("Front door", "Child protection");
        assertThat(page.groups().get(0).rows()).extracting(DashboardRow::id)
                .containsExactly("contacts", "re-referrals-within-12-months");
        assertThat(page.groups().get(0).slug()).isEqualTo("front-door");
        assertThat(page.months()).hasSize(13).startsWith(YearMonth.of(2025, 11)).endsWith(MONTH);
    }

    @Test
    void each_row_has_the_month_last_year_target_england_and_trend() {
        DashboardRow re = page.rows().get(1);
        assertThat(re.value()).isEqualTo(32.0);
        assertThat(re.valueText()).isEqualTo("32%");
        assertThat(re.fraction()).isEqualTo("32 of 100");
        assertThat(re.ragLabel()).isEqualTo("Red: off target");
        assertThat(re.ragClass()).isEqualTo("govuk-tag--red");
        assertThat(re.targetText()).isEqualTo("20%");
        assertThat(re.lastYearValue()).isEqualTo(20.0);
        assertThat(re.lastYearText()).isEqualTo("20%");
        assertThat(re.englandText()).isEqualTo("22.6%");
        assertThat(re.trend()).hasSize(13);
        assertThat(re.summaryText()).isEqualTo("November 2026: 32% (32 of 100). Red: off target; target 20%. November 2025: 20%.");
        assertThat(re.chartSvg()).contains("role=\"img\"", "Target 20%", "trend-re-referrals-within-12-months-title");

        DashboardRow contacts = page.rows().get(0);
        assertThat(contacts.valueText()).isEqualTo("112");
        assertThat(contacts.fraction()).isEqualTo("112");
        assertThat(contacts.ragLabel()).isEqualTo("No target");
        assertThat(contacts.englandText()).isEqualTo("Not published");
        assertThat(contacts.narrative()).isEqualTo("Contacts rose after the half-term campaign.");

        DashboardRow icpc = page.rows().get(2);
        assertThat(icpc.trend().get(3).value()).isNull();
        assertThat(icpc.chartSvg()).doesNotContain("NaN").contains("1 month has no figure");
    }

    @Test
    void a_month_the_engine_did_not_return_shows_no_figure() {
        DashboardPage empty = DashboardBuilder.build(MONTH, DashboardTestData.definitions(), Map.of(), Map.of());
        DashboardRow icpc = empty.rows().get(2);
        assertThat(icpc.valueText()).isEqualTo("No figure");
        assertThat(icpc.ragLabel()).isEqualTo("Not rated: no figure");
        assertThat(icpc.targetText()).isEqualTo("85%");
        assertThat(icpc.englandText()).isEqualTo("81.4%");
        assertThat(icpc.fraction()).isEmpty();
    }

    @Test
    void the_dashboard_table_and_the_trends_table_for_download() {
        ExportTable table = DashboardBuilder.table(page);
        assertThat(table.rows()).hasSize(3);
        assertThat(table.rows().get(1)).containsExactly("Front door", "re-referrals-within-12-months",
                "Re-referrals within 12 months", "2026-11", 32L, 100L, 32.0, "%", "Red", 20.0, 20.0, 22.6,
                "DfE Children in need 2024-25", null);
        ExportTable trends = DashboardBuilder.trends(page);
        assertThat(trends.headings()).hasSize(3 + 13).contains("2025-11", "2026-11");
        assertThat(trends.rows().get(0)).startsWith("contacts", "Contacts", "count", 100.0);
        assertThat(trends.rows().get(2).get(3 + 3)).isNull();
    }
}
