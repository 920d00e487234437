package uk.safeguard.migration;

/**
 * What an SSD identifier names, for the map from SSD ids to Safeguard's own ids (table {@code ssd_key}, owned by the
 * migration module). One SSD id may be registered under several kinds (e.g. a {@code cine_referral_id} names both the
 * front door's referral and the work module's case). The letter makes the SSD id of a record that was never imported
 * ("SG" + letter + local id, e.g. {@code SGP42} for person 42): unique across kinds and alphanumeric as the SSD asks.
 * REFERRAL and CASE share their SSD ids (a {@code cine_referral_id}): a reference checked under either kind is known
 * when the episode was read under the other.
 */
public enum SsdKind {
    PERSON('P'),
    FAMILY('F'),
    ADDRESS('A'),
    DISABILITY('D'),
    MOTHER('M'),
    RELATIONSHIP('L'),
    LINKED_IDENTIFIER('I'),
    TEAM('T'),
    PROFESSIONAL('W'),
    INVOLVEMENT('V'),
    CONTACT('K'),
    REFERRAL('R'),
    CASE('C'),
    ASSESSMENT('S'),
    ASSESSMENT_FACTORS('X'),
    CIN_PLAN('N'),
    CIN_VISIT('Y'),
    SECTION47_ENQUIRY('Q'),
    INITIAL_CONFERENCE('O'),
    CP_PLAN('U'),
    CP_VISIT('Z'),
    CP_REVIEW('E');

    private final char letter;

    SsdKind(char letter) {
        this.letter = letter;
    }

    /** The SSD id given on export to a record made in Safeguard rather than imported. */
    public String defaultSsdId(long localId) {
        return "SG" + letter + localId;
    }
}
