package uk.safeguard.frontdoor;

/** The next-steps decision on a referral, within one working day (WT2023 para 153, seeds 000 lines 2237-2248). */
public enum NextStep {
    IMMEDIATE_PROTECTION("The child requires immediate protection and urgent action"),
    SECTION_17_ASSESSMENT("The child is in need and will be assessed under section 17"),
    SECTION_47_ENQUIRY("Reasonable cause to suspect significant harm: section 47 enquiries and assessment"),
    IMMEDIATE_SERVICES("Immediate services required urgently by the child and family"),
    SPECIALIST_ASSESSMENT("Further specialist assessments required"),
    SEE_CHILD_ASAP("See the child as soon as possible"),
    NO_FURTHER_ACTION("No further action");

    private final String label;

    NextStep(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
