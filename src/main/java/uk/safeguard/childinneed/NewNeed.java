package uk.safeguard.childinneed;

public record NewNeed(String description) {}
