package uk.safeguard.access;

/** A user as the administrator sees them: active or not, never with a password hash. */
public record UserAccount(String username, String displayName, Role role, String agencyCode, String agencyName,
                          String teamName, boolean active) {}
