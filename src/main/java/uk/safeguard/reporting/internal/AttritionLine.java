package uk.safeguard.reporting.internal;

/**
 * One referring agency type's (or one school's) contacts and how many went no further: {@code contacts} counts
 * children on contacts received in the period (a contact about two children counts twice, as the front door decides
 * for each child); {@code noFurtherAction} those decided "no further action"; {@code adviceOnly} those closed with
 * advice, signposting or a consultation only (the SSD outcome "Information and Advice"); {@code awaiting} those not
 * yet decided (or held in the MASH).
 */
public record AttritionLine(String name, long contacts, long noFurtherAction, long adviceOnly, long awaiting) {

    public Double noFurtherActionPercent() {
        return percent(noFurtherAction);
    }

    public Double adviceOnlyPercent() {
        return percent(adviceOnly);
    }

    /** No further action plus advice only: the contacts that "didn't go anywhere". */
    public long wentNoFurther() {
        return noFurtherAction + adviceOnly;
    }

    public Double wentNoFurtherPercent() {
        return percent(wentNoFurther());
    }

    private Double percent(long count) {
        return contacts == 0 ? null : Math.round(1000.0 * count / contacts) / 10.0;
    }

    public String noFurtherActionText() {
        return DashboardFormat.value(noFurtherActionPercent(), uk.safeguard.reporting.Unit.PERCENT);
    }

    public String adviceOnlyText() {
        return DashboardFormat.value(adviceOnlyPercent(), uk.safeguard.reporting.Unit.PERCENT);
    }

    public String wentNoFurtherText() {
        return DashboardFormat.value(wentNoFurtherPercent(), uk.safeguard.reporting.Unit.PERCENT);
    }

    AttritionLine plus(AttritionLine other) {
        return new AttritionLine(name, contacts + other.contacts, noFurtherAction + other.noFurtherAction,
                adviceOnly + other.adviceOnly, awaiting + other.awaiting);
    }
}
