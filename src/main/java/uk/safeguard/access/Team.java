package uk.safeguard.access;

public record Team(long id, String name, long agencyId, String agencyName) {}
