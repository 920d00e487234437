package uk.safeguard.frontdoor;

/** How a contact reached the front door. */
public enum Channel {
    PHONE("Phone call"), EMAIL("Email"), PORTAL("Partner portal (multi-agency referral form)"), API("System feed (API)"),
    IN_PERSON("In person"), LETTER("Letter");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
