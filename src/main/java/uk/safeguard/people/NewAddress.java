package uk.safeguard.people;

import java.time.LocalDate;

public record NewAddress(String line1, String line2, String town, String postcode, LocalDate from, LocalDate to) {}
