package uk.safeguard.calendar;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.access.Role;
import uk.safeguard.audit.AuditTrail;
import uk.safeguard.audit.AuditTrail.Change;
import uk.safeguard.calendar.internal.BankHolidayRepository;
import uk.safeguard.platform.NoAccess;
import uk.safeguard.platform.NotFound;
import uk.safeguard.platform.RuleBroken;
import uk.safeguard.platform.ValidationFailure;

/**
 * The England and Wales working-day calendar (bank holidays 2010-2030 ship as data; an administrator may add
 * or remove a day). Held in memory and reloaded whenever a day changes.
 *
 * <p>Convention: "N working days after D" is the N-th working day after D; D itself never counts; a working
 * day is not a Saturday, Sunday or bank holiday (WT2023 footnote 187). See {@link WorkingDays}.
 */
@Service
public class WorkingDayCalendar {
    private final BankHolidayRepository repository;
    private final AuditTrail audit;
    private volatile WorkingDays current;

    public WorkingDayCalendar(BankHolidayRepository repository, AuditTrail audit) {
        this.repository = repository;
        this.audit = audit;
    }

    /** The calendar as it stands now, for computations that must see one consistent set of holidays. */
    public WorkingDays snapshot() {
        WorkingDays days = current;
        if (days == null) {
            days = reload();
        }
        return days;
    }

    public boolean isWorkingDay(LocalDate day) {
        return snapshot().isWorkingDay(day);
    }

    /** The n-th working day after {@code from} (before it when n is negative); {@code from} never counts. */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        return snapshot().addWorkingDays(from, n);
    }

    /** Working days after {@code from} up to and including {@code to}; negative when {@code to} is earlier. */
    public int countWorkingDays(LocalDate from, LocalDate to) {
        return snapshot().countWorkingDays(from, to);
    }

    public List<BankHoliday> bankHolidaysBetween(LocalDate from, LocalDate to) {
        return snapshot().bankHolidaysBetween(from, to);
    }

    @Transactional
    public BankHoliday addBankHoliday(CurrentUser me, LocalDate date, String name) {
        requireAdmin(me);
        if (date == null) {
            throw new ValidationFailure("date", "Enter the date of the bank holiday");
        }
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw new ValidationFailure("name", "Enter the name of the bank holiday (at most 100 characters)");
        }
        if (date.getDayOfWeek().getValue() >= 6) {
            // A weekend day is never a working day, so it cannot be a bank holiday: the substitute day is.
            throw new ValidationFailure("date", "A bank holiday must fall on a weekday: enter the substitute day");
        }
        BankHoliday holiday = new BankHoliday(date, trimmed);
        if (!repository.insert(holiday)) {
            throw new RuleBroken("bank_holiday_exists", date + " is already a bank holiday");
        }
        audit.recordChange(me.asActor(), null, Change.of("bank_holiday", date, "BANK_HOLIDAY_ADDED",
                "Bank holiday added: " + trimmed + " on " + date).withValues(null, values(holiday)));
        reload();
        return holiday;
    }

    @Transactional
    public void removeBankHoliday(CurrentUser me, LocalDate date) {
        requireAdmin(me);
        BankHoliday existing = repository.find(date)
                .orElseThrow(() -> new NotFound(date + " is not a bank holiday"));
        repository.delete(date);
        audit.recordChange(me.asActor(), null, Change.of("bank_holiday", date, "BANK_HOLIDAY_REMOVED",
                "Bank holiday removed: " + existing.name() + " on " + date).withValues(values(existing), null));
        reload();
    }

    private synchronized WorkingDays reload() {
        current = new WorkingDays(repository.all());
        return current;
    }

    /** Administrators keep the calendar (DOMAIN.md section 2); anyone else is refused, and that is logged. */
    public void requireAdmin(CurrentUser me) {
        if (me.role() != Role.ADMIN) {
            throw audit.refuse(me.asActor(), null, "bank holidays", "Only an administrator may change the bank holidays.");
        }
    }

    private static Map<String, Object> values(BankHoliday holiday) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("date", holiday.date().toString());
        values.put("name", holiday.name());
        return values;
    }
}
