package uk.safeguard.returns.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.access.Role;
import uk.safeguard.platform.RuleBroken;
import uk.safeguard.platform.ValidationFailure;
import uk.safeguard.returns.DfeApiPreview;
import uk.safeguard.returns.DfeApiReturns;

/**
 * {@code /returns/dfe-api}: the configuration (token masked), the last pushes with batches and receipts, invalid
 * children with the schema's messages, "Push now" and a child's payload as a JSON download. Administrators see the
 * configuration only.
 */
@Controller
public class DfeApiPagesController {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final DfeApiReturns returns;

    public DfeApiPagesController(DfeApiReturns returns) {
        this.returns = returns;
    }

    @GetMapping("/returns/dfe-api")
    String page(CurrentUser me, Model model) {
        return show(me, model, Map.of(), null);
    }

    @PostMapping("/returns/dfe-api/pushes")
    String pushNow(CurrentUser me, Model model) {
        try {
            long id = returns.startPush(me);
            return "redirect:/returns/dfe-api?started=" + id;
        } catch (RuleBroken e) {
            return show(me, model, Map.of("push-now", e.getMessage()), null);
        }
    }

    @GetMapping("/returns/dfe-api/payload")
    Object payload(CurrentUser me, @RequestParam(required = false) String childId, Model model) {
        long id;
        try {
            id = Long.parseLong(childId == null ? "" : childId.strip());
        } catch (NumberFormatException e) {
            return show(me, model, Map.of("childId", "Enter the child's record number, like 1234"), childId);
        }
        DfeApiPreview preview;
        try {
            preview = returns.preview(me, id);
        } catch (uk.safeguard.platform.NotFound | ValidationFailure e) {
            return show(me, model, Map.of("childId", e.getMessage()), childId);
        }
        byte[] body = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(preview).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"dfe-api-child-" + id + ".json\"").body(body);
    }

    private String show(CurrentUser me, Model model, Map<String, String> errors, String childId) {
        boolean configurationOnly = me.role() == Role.ADMIN;
        model.addAttribute("status", returns.status(me));
        model.addAttribute("configurationOnly", configurationOnly);
        model.addAttribute("pushes", configurationOnly ? java.util.List.of() : returns.pushes(me));
        model.addAttribute("errors", errors);
        model.addAttribute("childId", childId);
        return "returns/dfe-api";
    }
}
