package uk.safeguard.frontdoor.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.access.Role;
import uk.safeguard.frontdoor.Consultation;
import uk.safeguard.frontdoor.FrontDoor;
import uk.safeguard.frontdoor.NewConsultation;
import uk.safeguard.platform.TimeConfiguration;
import uk.safeguard.platform.ValidationFailure;

/**
 * Consultations with a MASH social worker (seeds 003 lines 1670-1676): a list for MASH staff, and the form a social
 * worker (or manager) fills in. A later contact can be linked to one.
 */
@Controller
public class ConsultationPagesController {
    /** How far back the list (and the contact form's choice) reaches. */
    static final int RECENT_DAYS = 90;

    private final FrontDoor frontDoor;
    private final Clock clock;

    public ConsultationPagesController(FrontDoor frontDoor, Clock clock) {
        this.frontDoor = frontDoor;
        this.clock = clock;
    }

    @GetMapping("/front-door/consultations")
    String list(CurrentUser me, Model model) {
        List<Consultation> recent = frontDoor.recentConsultations(me, RECENT_DAYS);
        model.addAttribute("consultations", recent);
        model.addAttribute("canRecord", canRecord(me));
        model.addAttribute("days", RECENT_DAYS);
        return "frontdoor/consultations";
    }

    @GetMapping("/front-door/consultations/new")
    String form(CurrentUser me, Model model) {
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.LONDON));
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("heldOn-day", String.valueOf(today.getDayOfMonth()));
        form.add("heldOn-month", String.valueOf(today.getMonthValue()));
        form.add("heldOn-year", String.valueOf(today.getYear()));
        model.addAttribute("errors", Map.of());
        return form(me, form, model);
    }

    @PostMapping("/front-door/consultations/new")
    String record(CurrentUser me, @RequestParam MultiValueMap<String, String> form, Model model) {
        try {
            Consultation c = frontDoor.recordConsultation(me, new NewConsultation(heldAt(form), Forms.one(form, "professionalName"),
                    Forms.one(form, "professionalRole"), Forms.one(form, "professionalAgency"), null, Forms.one(form, "childDescription"),
                    Forms.one(form, "concern"), Forms.one(form, "advice")));
            return "redirect:/front-door/consultations?recorded=" + c.id() + "#consultation-" + c.id();
        } catch (ValidationFailure e) {
            Forms.show(model, e.errors(), f -> f.equals("heldAt") ? "heldOn" : f);
        }
        return form(me, form, model);
    }

    private String form(CurrentUser me, MultiValueMap<String, String> form, Model model) {
        if (!canRecord(me)) {
            // The service refuses (and logs) the attempt with the reason.
            frontDoor.recordConsultation(me, null);
        }
        model.addAttribute("form", form.toSingleValueMap());
        return "frontdoor/consultation-new";
    }

    /** The date (three boxes) and time; today without a time is now, an earlier day without a time is 12:00. */
    private java.time.Instant heldAt(MultiValueMap<String, String> form) {
        LocalDate day = Forms.date3(form, "heldOn", "heldAt", "The date of the consultation");
        String time = Forms.one(form, "heldTime");
        if (day == null) {
            if (time != null) {
                throw new ValidationFailure("heldAt", "Enter the date of the consultation");
            }
            return null;
        }
        LocalTime at;
        if (time == null) {
            if (day.equals(LocalDate.now(clock.withZone(TimeConfiguration.LONDON)))) {
                return clock.instant();
            }
            at = LocalTime.NOON;
        } else if (time.matches("\\d{1,2}[:.]\\d{2}")) {
            String[] p = time.split("[:.]");
            int h = Integer.parseInt(p[0]);
            int m = Integer.parseInt(p[1]);
            if (h > 23 || m > 59) {
                throw new ValidationFailure("heldTime", "Enter a real time, for example 14:30");
            }
            at = LocalTime.of(h, m);
        } else {
            throw new ValidationFailure("heldTime", "Enter a real time, for example 14:30");
        }
        return ZonedDateTime.of(day, at, TimeConfiguration.LONDON).toInstant();
    }

    private static boolean canRecord(CurrentUser me) {
        return me.role() == Role.SOCIAL_WORKER || me.role() == Role.TEAM_MANAGER;
    }
}
