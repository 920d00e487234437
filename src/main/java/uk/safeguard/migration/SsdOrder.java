package uk.safeguard.migration;

/** The order SSD objects are imported in, so every reference points at a row already read. */
public final class SsdOrder {
    public static final int DEPARTMENT = 10;
    public static final int PROFESSIONALS = 20;
    public static final int PERSON = 30;
    public static final int FAMILY = 40;
    public static final int ADDRESS = 41;
    public static final int DISABILITY = 42;
    public static final int MOTHER = 43;
    public static final int LINKED_IDENTIFIERS = 44;
    public static final int RELATIONSHIPS = 45;
    public static final int CONTACTS = 50;
    public static final int CIN_EPISODES = 60;
    public static final int INVOLVEMENTS = 65;
    public static final int CIN_ASSESSMENTS = 70;
    public static final int ASSESSMENT_FACTORS = 75;
    public static final int CIN_PLANS = 80;
    public static final int CIN_VISITS = 85;
    public static final int S47_ENQUIRY = 90;
    public static final int INITIAL_CP_CONFERENCE = 100;
    public static final int CP_PLANS = 110;
    public static final int CP_VISITS = 120;
    public static final int CP_REVIEWS = 130;

    private SsdOrder() {}
}
