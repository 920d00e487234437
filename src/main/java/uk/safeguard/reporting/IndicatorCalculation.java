package uk.safeguard.reporting;

/**
 * The one place an indicator is defined and computed: a Spring bean per indicator (or per family of indicators),
 * pure over {@link ReportingData} so that tests can feed it small hand-built data sets.
 */
public interface IndicatorCalculation {

    Indicator indicator();

    /** The items counted for the period (the data set covers the period plus any look-back the indicator needs). */
    Measure measure(ReportingData data, Period period);
}
