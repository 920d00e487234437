package uk.safeguard.access;

/** What an administrator gives to create a user. Role is its name (e.g. SOCIAL_WORKER); team is optional. */
public record NewUser(String username, String displayName, String role, String agencyCode, String teamName,
                      String password) {}
