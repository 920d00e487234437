package uk.safeguard.calendar;

import java.time.LocalDate;

/** An England and Wales bank holiday as observed (a substitute day is the holiday, not the weekend date it replaces). */
public record BankHoliday(LocalDate date, String name) {}
