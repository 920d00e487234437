package uk.safeguard.access;

public record Agency(long id, String code, String name, AgencyType type) {}
