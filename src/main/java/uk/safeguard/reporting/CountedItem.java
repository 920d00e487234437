package uk.safeguard.reporting;

import java.time.LocalDate;

/**
 * One record counted behind a figure (a contact, referral, assessment, enquiry, plan, visit, allocation ...) with
 * what the breakdowns group by. {@code type} names the record kind ("contact", "referral", "assessment" ...),
 * {@code id} its id; {@code childId} the child it is about (null only for items that are not about one child, e.g.
 * a worker in the caseload denominator); {@code date} the date that put it in the period.
 */
public record CountedItem(String type, long id, Long childId, LocalDate date, Long teamId, Long workerId,
                          String agencyType, String agencyName) {}
