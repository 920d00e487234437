package uk.safeguard.calendar.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.calendar.BankHoliday;
import uk.safeguard.calendar.WorkingDayCalendar;
import uk.safeguard.platform.ValidationFailure;

@RestController
@RequestMapping("/api/calendar")
@Tag(name = "Working-day calendar", description = CalendarApiController.CONVENTION)
public class CalendarApiController {
    static final String CONVENTION = "England and Wales working days. A working day is any day which is not a "
            + "Saturday, Sunday or bank holiday (Working Together to Safeguard Children 2023, footnote 187). "
            + "\"N working days after D\" is the N-th working day after D; D itself never counts, whatever day it is. "
            + "Bank holidays are the observed days (substitute days included), 2010-2030, maintained by an administrator.";
    /** Twenty-odd years ahead is far beyond any statutory clock; more is a mistake in the request. */
    static final int MAX_DAYS = 2000;

    private final WorkingDayCalendar calendar;

    public CalendarApiController(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    public record AddAnswer(String from, int days, String date) {}

    public record CountAnswer(String from, String to, int workingDays) {}

    public record Holiday(String date, String name) {
        static Holiday of(BankHoliday h) {
            return new Holiday(h.date().toString(), h.name());
        }
    }

    public record NewBankHoliday(String date, String name) {}

    @GetMapping("/working-days/add")
    @Operation(summary = "The N-th working day after a date",
            description = "Returns the N-th working day after `from`: `from` itself never counts (so 1 working day after "
                    + "Friday 10 Dec 2027 is Monday 13 Dec 2027). `days` = 0 returns `from` unchanged. " + CONVENTION)
    public AddAnswer add(CurrentUser me,
                         @Parameter(description = "The date counted from (YYYY-MM-DD); it never counts itself.", example = "2026-12-10")
                         @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                         @Parameter(description = "How many working days after `from`: 0 to " + MAX_DAYS + ".", example = "15")
                         @RequestParam int days) {
        if (days < 0 || days > MAX_DAYS) {
            throw new ValidationFailure("days", "must be a whole number from 0 to " + MAX_DAYS);
        }
        return new AddAnswer(from.toString(), days, calendar.addWorkingDays(from, days).toString());
    }

    @GetMapping("/working-days/count")
    @Operation(summary = "Working days between two dates",
            description = "The working days after `from` up to and including `to` (`from` never counts, `to` counts if it "
                    + "is a working day), so count(D, add(D, N)) = N. When `to` is before `from` the answer is negative: "
                    + "minus the working days from `to` (included) up to `from` (excluded). " + CONVENTION)
    public CountAnswer count(CurrentUser me,
                             @Parameter(description = "Start date (YYYY-MM-DD), not counted.", example = "2026-12-10")
                             @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                             @Parameter(description = "End date (YYYY-MM-DD), counted if a working day.", example = "2027-01-05")
                             @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return new CountAnswer(from.toString(), to.toString(), calendar.countWorkingDays(from, to));
    }

    @GetMapping("/bank-holidays")
    @Operation(summary = "The bank holidays of a year", description = "England and Wales bank holidays as observed, in date order.")
    public List<Holiday> bankHolidays(CurrentUser me,
                                      @Parameter(description = "Calendar year, e.g. 2026", example = "2026") @RequestParam int year) {
        if (year < 1900 || year > 2200) {
            throw new ValidationFailure("year", "must be a year from 1900 to 2200");
        }
        return calendar.bankHolidaysBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .map(Holiday::of).toList();
    }

    @PostMapping("/bank-holidays")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a bank holiday (administrators only)",
            description = "For a newly announced day, e.g. a one-off royal or state occasion. Must be a weekday. Audited.")
    public Holiday addBankHoliday(CurrentUser me, @RequestBody NewBankHoliday body) {
        return Holiday.of(calendar.addBankHoliday(me, parse("date", body.date()), body.name()));
    }

    @DeleteMapping("/bank-holidays/{date}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a bank holiday (administrators only)", description = "Audited.")
    public void removeBankHoliday(CurrentUser me,
                                  @Parameter(description = "The holiday's date (YYYY-MM-DD)") @PathVariable String date) {
        calendar.removeBankHoliday(me, parse("date", date));
    }

    private static LocalDate parse(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationFailure(field, "is required (YYYY-MM-DD)");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationFailure(field, "'" + value + "' is not a date in the form YYYY-MM-DD");
        }
    }
}
