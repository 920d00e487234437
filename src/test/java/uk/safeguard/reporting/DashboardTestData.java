package uk.safeguard.reporting;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hand-built indicators and monthly figures for the dashboard's pure tests (no database, no engine). */
public final class DashboardTestData {
    private DashboardTestData() {
    }

    public static final Indicator ICPC = new Indicator("icpc-within-15wd", "Initial conferences within 15 working days",
            "Child protection", "Initial child protection conferences held within 15 working days of the strategy discussion.",
            "WT2023 chapter 3", "Conferences held within 15 working days", "Initial conferences held",
            Polarity.HIGHER_IS_BETTER, Unit.PERCENT, 81.4, "DfE Children in need 2024-25", new Thresholds(85.0, 75.0));

    public static final Indicator CONTACTS = new Indicator("contacts", "Contacts", "Front door",
            "Children on contacts received in the month.", "Ofsted Annex A list 1", "Children on contacts", "",
            Polarity.NEITHER, Unit.COUNT, null, null, Thresholds.NONE);

    public static final Indicator RE_REFERRALS = new Indicator("re-referrals-within-12-months",
            "Re-referrals within 12 months", "Front door", "Referrals within 12 months of a previous referral.",
            "DfE Children in need", "Re-referrals", "Referrals", Polarity.LOWER_IS_BETTER, Unit.PERCENT, 22.6,
            "DfE Children in need 2024-25", new Thresholds(20.0, 23.0));

    public static List<Indicator> definitions() {
        return List.of(CONTACTS, RE_REFERRALS, ICPC);
    }

    /** Thirteen months to {@code last}: contacts 100 + i, re-referrals 20 + i of 100, ICPC 8 of 10 (none in month 3). */
    public static Map<YearMonth, List<IndicatorValue>> monthly(YearMonth last) {
        Map<YearMonth, List<IndicatorValue>> monthly = new LinkedHashMap<>();
        for (int i = 0; i < 13; i++) {
            YearMonth m = last.minusMonths(12 - i);
            List<IndicatorValue> values = new ArrayList<>();
            values.add(new IndicatorValue("contacts", "Contacts", 100 + i, null, 100.0 + i, "count", Rag.NONE, null, null));
            double re = 20 + i;
            values.add(new IndicatorValue("re-referrals-within-12-months", "Re-referrals within 12 months", 20 + i, 100L,
                    re, "%", re <= 20 ? Rag.GREEN : re <= 23 ? Rag.AMBER : Rag.RED, 20.0, 22.6));
            values.add(i == 3
                    ? new IndicatorValue("icpc-within-15wd", "Initial conferences within 15 working days", 0, 0L, null, "%",
                    Rag.NONE, 85.0, 81.4)
                    : new IndicatorValue("icpc-within-15wd", "Initial conferences within 15 working days", 8, 10L, 80.0, "%",
                    Rag.AMBER, 85.0, 81.4));
            monthly.put(m, values);
        }
        return monthly;
    }
}
