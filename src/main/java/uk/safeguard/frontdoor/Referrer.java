package uk.safeguard.frontdoor;

/** Who made the contact. {@code agencyId} is set when the referrer's agency is one the system knows (partners). */
public record Referrer(String name, String role, String agency, String agencyType, String phone, String email, Long agencyId) {}
