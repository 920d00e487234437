package uk.safeguard.work;

import java.time.LocalDate;

/**
 * One line of a work tray: a clock that is overdue or due within 5 working days for a child.
 *
 * @param dueAt            ISO date, or ISO date-time for hour clocks (as the clocks API)
 * @param dueShown         the due date as people read it ("5 Jan 2027", with the time for hour clocks)
 * @param workingDaysLeft  working days from today to the due day (0 = due today; negative when overdue)
 */
public record TrayItem(Urgency urgency, String urgencyLabel, String clockId, String clock, String dueAt, LocalDate dueDate,
                       String dueShown, int workingDaysLeft, long childId, String childLabel, String allocatedWorker,
                       String explanation) {}
