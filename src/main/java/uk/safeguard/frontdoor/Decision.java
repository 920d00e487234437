package uk.safeguard.frontdoor;

/**
 * The manager's decision on a contact, for each child (local MASH protocol, seeds 003 lines 1684-1691), with the SSD
 * contact outcome it is reported as (standards/ssd/categories/contact_outcome.yml; held in the MASH is not an outcome).
 */
public enum Decision {
    ADVICE_AND_INFORMATION("Advice and information given", "Information and Advice"),
    SIGNPOSTED("Signposted to other help or targeted services", "Information and Advice"),
    CONSULTATION_ARRANGED("Consultation with a qualified social worker arranged", "Information and Advice"),
    HELD_IN_MASH("Held in the MASH (24 hours at most) to gather more information", null),
    PASSED_TO_EARLY_HELP("Passed to early help (level 2 or 3)", "EH Referral"),
    REFERRAL_ACCEPTED("Accepted as a referral to children's social care", "CIN Referral"),
    NO_FURTHER_ACTION("No further action", "No Further Action");

    private final String label;
    private final String ssdOutcome;

    Decision(String label, String ssdOutcome) {
        this.label = label;
        this.ssdOutcome = ssdOutcome;
    }

    public String label() {
        return label;
    }

    /** The SSD contact outcome (SSD038), or null while held in the MASH. */
    public String ssdOutcome() {
        return ssdOutcome;
    }
}
