package uk.safeguard.reporting;

import java.time.LocalDate;

/**
 * One line of the child-level list behind a figure (drill-down; never shown to aggregate-only roles): the child,
 * the record counted, its date, whether it is in the numerator (e.g. "within 15 working days"), and who holds it.
 */
public record ChildLine(Long childId, String childName, String type, long id, LocalDate date, boolean inNumerator,
                        Long teamId, String teamName, Long workerId, String workerName, String agencyName) {}
