package uk.safeguard.reporting;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import uk.safeguard.access.CurrentUser;

/**
 * The reporting module's public API: every indicator's figures for any period, monthly series for the dashboard,
 * breakdowns, and the child-level list behind a figure. Aggregate figures may be seen by LA staff and councillors
 * (never partners); child-level lists never by councillors or administrators.
 */
public interface Indicators {

    /** Every indicator, in dashboard order. */
    List<Indicator> definitions();

    /** Every indicator's figure for the period (aggregates only). */
    List<IndicatorValue> values(CurrentUser me, Period period);

    /** Every indicator for each month from {@code first} to {@code last} (the dashboard's trend), loaded once. */
    Map<YearMonth, List<IndicatorValue>> monthly(CurrentUser me, YearMonth first, YearMonth last);

    /** One indicator for each month from {@code first} to {@code last} (its drill-down's trend), loaded once. */
    Map<YearMonth, IndicatorValue> monthly(CurrentUser me, String indicatorId, YearMonth first, YearMonth last);

    /** One indicator broken down by team, worker or referring agency: key (name) to figure. */
    Map<String, IndicatorValue> breakdown(CurrentUser me, String indicatorId, Period period, Breakdown by);

    /** One indicator broken down every way at once (its drill-down page), from one load of the facts. */
    Map<Breakdown, Map<String, IndicatorValue>> breakdowns(CurrentUser me, String indicatorId, Period period);

    /** The child-level list behind one figure; refused (403, logged) for councillors, administrators and partners. */
    List<ChildLine> children(CurrentUser me, String indicatorId, Period period);
}
