package uk.safeguard.calendar.web;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.calendar.BankHoliday;
import uk.safeguard.calendar.WorkingDayCalendar;
import uk.safeguard.platform.ValidationFailure;

/** The administrator's bank holiday page: a year's holidays, an add form and a remove button per day. */
@Controller
@RequestMapping("/admin/calendar")
public class CalendarAdminController {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    private final WorkingDayCalendar calendar;
    private final Clock clock;

    public CalendarAdminController(WorkingDayCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    public record Row(String date, String shown, String name) {}

    @GetMapping
    String page(CurrentUser me, @RequestParam(required = false) Integer year, Model model) {
        requireAdmin(me);
        show(model, year == null ? LocalDate.now(clock).getYear() : year);
        return "calendar/admin";
    }

    @PostMapping
    String add(CurrentUser me, @RequestParam(defaultValue = "") String day, @RequestParam(defaultValue = "") String month,
               @RequestParam(defaultValue = "") String year, @RequestParam(defaultValue = "") String name,
               Model model, RedirectAttributes redirect) {
        requireAdmin(me);
        try {
            BankHoliday added = calendar.addBankHoliday(me, date(day, month, year), name);
            redirect.addFlashAttribute("added", added.name() + " on " + SHOWN.format(added.date()));
            return "redirect:/admin/calendar?year=" + added.date().getYear();
        } catch (ValidationFailure e) {
            model.addAttribute("errors", e.errors());
            model.addAttribute("form", new Form(day, month, year, name));
            show(model, LocalDate.now(clock).getYear());
            return "calendar/admin";
        }
    }

    @PostMapping("/remove")
    String remove(CurrentUser me, @RequestParam String date, RedirectAttributes redirect) {
        requireAdmin(me);
        LocalDate day = LocalDate.parse(date);
        calendar.removeBankHoliday(me, day);
        redirect.addFlashAttribute("removed", SHOWN.format(day));
        return "redirect:/admin/calendar?year=" + day.getYear();
    }

    public record Form(String day, String month, String year, String name) {}

    private void show(Model model, int year) {
        List<Row> rows = calendar.bankHolidaysBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .map(h -> new Row(h.date().toString(), SHOWN.format(h.date()), h.name())).toList();
        model.addAttribute("year", year);
        model.addAttribute("holidays", rows);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new Form("", "", "", ""));
        }
    }

    private static LocalDate date(String day, String month, String year) {
        if (day.isBlank() || month.isBlank() || year.isBlank()) {
            throw new ValidationFailure("date", "Enter the date of the bank holiday, including a day, month and year");
        }
        try {
            return LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
        } catch (NumberFormatException | DateTimeException e) {
            throw new ValidationFailure("date", "The date of the bank holiday must be a real date");
        }
    }

    private void requireAdmin(CurrentUser me) {
        calendar.requireAdmin(me);
    }
}
