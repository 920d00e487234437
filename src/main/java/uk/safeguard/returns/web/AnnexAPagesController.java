package uk.safeguard.returns.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.returns.internal.AnnexAReturns;

/**
 * The Annex A page: the end of the period (a GOV.UK date input, today by default) and six or twelve months; the
 * button checks the answers and sends the browser to the XLSX download.
 */
@Controller
public class AnnexAPagesController {
    private final AnnexAReturns returns;

    public AnnexAPagesController(AnnexAReturns returns) {
        this.returns = returns;
    }

    @GetMapping("/returns/annex-a")
    String page(CurrentUser me, Model model) {
        returns.requireMayProduce(me);
        LocalDate today = returns.today();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("end-day", String.valueOf(today.getDayOfMonth()));
        form.put("end-month", String.valueOf(today.getMonthValue()));
        form.put("end-year", String.valueOf(today.getYear()));
        form.put("months", "6");
        return show(model, form, Map.of());
    }

    @PostMapping("/returns/annex-a")
    String check(CurrentUser me, @RequestParam MultiValueMap<String, String> params, Model model) {
        returns.requireMayProduce(me);
        Map<String, String> form = new LinkedHashMap<>();
        for (String field : new String[] {"end-day", "end-month", "end-year", "months"}) {
            String v = params.getFirst(field);
            form.put(field, v == null ? "" : v.strip());
        }
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate end = null;
        try {
            end = LocalDate.of(Integer.parseInt(form.get("end-year")), Integer.parseInt(form.get("end-month")),
                    Integer.parseInt(form.get("end-day")));
        } catch (RuntimeException e) {
            errors.put("end", "Enter the date the period ends on as a real date, for example 30 11 2026");
        }
        if (!"6".equals(form.get("months")) && !"12".equals(form.get("months"))) {
            errors.put("months", "Choose six or twelve months");
        }
        if (!errors.isEmpty()) {
            return show(model, form, errors);
        }
        return "redirect:/returns/annex-a.xlsx?end=" + end + "&months=" + form.get("months");
    }

    @GetMapping("/returns/annex-a.xlsx")
    ResponseEntity<StreamingResponseBody> download(CurrentUser me, @RequestParam(required = false) String end,
                                                   @RequestParam(required = false) String months) {
        return AnnexADownloads.download(returns, me, end, months);
    }

    private String show(Model model, Map<String, String> form, Map<String, String> errors) {
        model.addAttribute("form", form);
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
        }
        return "returns/annex-a";
    }
}
