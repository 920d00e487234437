package uk.safeguard.reporting.web;

import java.time.Clock;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.audit.AuditTrail;
import uk.safeguard.platform.ValidationFailure;
import uk.safeguard.reporting.internal.DashboardPage;
import uk.safeguard.reporting.internal.DashboardService;
import uk.safeguard.reporting.internal.PackNarratives;
import uk.safeguard.reporting.internal.PackPdf;

/**
 * The printable scrutiny pack (PDF, aggregates only, councillors may download it) and the page where team managers
 * and performance analysts write each indicator's commentary for the month.
 */
@Controller
public class PackController {
    private final DashboardService dashboards;
    private final PackNarratives narratives;
    private final PackPdf pdf;
    private final AuditTrail audit;
    private final Clock clock;
    private final String authority;

    public PackController(DashboardService dashboards, PackNarratives narratives, PackPdf pdf, AuditTrail audit, Clock clock,
                          @Value("${safeguard.reporting.authority-name:Children's services}") String authority) {
        this.dashboards = dashboards;
        this.narratives = narratives;
        this.pdf = pdf;
        this.audit = audit;
        this.clock = clock;
        this.authority = authority;
    }

    @GetMapping("/performance/pack")
    ResponseEntity<byte[]> pack(CurrentUser me, @RequestParam(required = false) String month) {
        YearMonth m = dashboards.month(month);
        DashboardPage page = dashboards.dashboard(me, m);
        byte[] body = pdf.render(page, authority, clock.instant());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("scrutiny-pack-" + m + ".pdf").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }

    @GetMapping("/performance/pack/narrative")
    String narrativeForm(CurrentUser me, @RequestParam(required = false) String month, Model model) {
        requireWriter(me);
        YearMonth m = dashboards.month(month);
        DashboardPage page = dashboards.dashboard(me, m);
        Map<String, String> typed = new LinkedHashMap<>();
        page.rows().forEach(r -> typed.put(r.id(), r.narrative() == null ? "" : r.narrative()));
        return form(model, page, typed, Map.of());
    }

    @PostMapping("/performance/pack/narrative")
    String saveNarratives(CurrentUser me, @RequestParam MultiValueMap<String, String> form, Model model) {
        requireWriter(me);
        YearMonth m = dashboards.month(form.getFirst("month"));
        Map<String, String> known = new LinkedHashMap<>();
        dashboards.definitions(me).forEach(i -> known.put(i.id(), i.name()));
        Map<String, String> typed = new LinkedHashMap<>();
        form.forEach((key, values) -> {
            if (key.startsWith("narrative-")) {
                typed.put(key.substring("narrative-".length()), values.isEmpty() ? "" : values.get(0));
            }
        });
        try {
            narratives.save(me, m, typed, known);
        } catch (ValidationFailure e) {
            return form(model, dashboards.dashboard(me, m), typed, DashboardController.fieldErrors(e));
        }
        return "redirect:/performance?month=" + m + "&saved#commentary";
    }

    private void requireWriter(CurrentUser me) {
        dashboards.requireAggregate(me);
        if (!PackNarratives.mayWrite(me)) {
            throw audit.refuse(me.asActor(), null, "scrutiny narratives",
                    "Only team managers and performance analysts write the scrutiny pack's commentary.");
        }
    }

    private String form(Model model, DashboardPage page, Map<String, String> typed, Map<String, String> errors) {
        model.addAttribute("page", page);
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("maxLength", PackNarratives.MAX_LENGTH);
        DashboardController.monthPicker(dashboards, model, page.month());
        return "reporting/pack-narrative";
    }
}
