package uk.safeguard.childinneed;

/**
 * Why a child in need plan ended. The SSD has no code list for it; these are the endings its guidance for
 * cinp_cin_plan_end_date names (standards/ssd/objects/ssd_cin_plans.yml: a child protection plan, looked after, no
 * longer needing support, stepped down to early help, reaching adulthood) and the move to another local authority of
 * WT2023 chapter 3 (seeds 000 line 2580); anything else is OTHER with a note.
 */
public enum PlanEndReason {
    CHILD_PROTECTION_PLAN("The child became the subject of a child protection plan"),
    LOOKED_AFTER("The child became looked after"),
    NO_LONGER_IN_NEED("The child no longer needs support"),
    STEPPED_DOWN_TO_EARLY_HELP("Stepped down to early help"),
    REACHED_ADULTHOOD("The child reached adulthood"),
    MOVED_TO_ANOTHER_AUTHORITY("The child moved permanently to another local authority"),
    OTHER("Another reason (say which)");

    private final String label;

    PlanEndReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
