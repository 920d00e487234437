package uk.safeguard.access.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.access.NewUser;
import uk.safeguard.access.Role;
import uk.safeguard.access.UserAccount;
import uk.safeguard.access.UserAdministration;
import uk.safeguard.access.UserDirectory;
import uk.safeguard.platform.RuleBroken;
import uk.safeguard.platform.ValidationFailure;

/** The administrator's user page: every user, a create form, deactivate / reactivate, and a set-password page. */
@Controller
@RequestMapping("/admin/users")
public class UserAdminController {
    private final UserAdministration admin;
    private final UserDirectory directory;

    public UserAdminController(UserAdministration admin, UserDirectory directory) {
        this.admin = admin;
        this.directory = directory;
    }

    /** The create form as typed, kept when it is shown again with errors; never the password. */
    public record Form(String username, String displayName, String role, String agencyCode, String teamName) {}

    @GetMapping
    String page(CurrentUser me, Model model) {
        show(me, model, new Form("", "", "", "", ""));
        return "access/users";
    }

    @PostMapping
    String create(CurrentUser me, @RequestParam(defaultValue = "") String username,
                  @RequestParam(defaultValue = "") String displayName, @RequestParam(defaultValue = "") String role,
                  @RequestParam(defaultValue = "") String agencyCode, @RequestParam(defaultValue = "") String teamName,
                  @RequestParam(defaultValue = "") String password, Model model, RedirectAttributes redirect) {
        admin.requireAdmin(me);
        try {
            UserAccount created = admin.create(me, new NewUser(username, displayName, role, agencyCode, teamName, password));
            redirect.addFlashAttribute("done", "User created: " + created.username() + " (" + created.displayName() + ")");
            return "redirect:/admin/users";
        } catch (ValidationFailure e) {
            model.addAttribute("errors", byField(e.errors()));
        } catch (RuleBroken e) {
            model.addAttribute("errors", Map.of(e.rule(), e.getMessage()));
        }
        show(me, model, new Form(username, displayName, role, agencyCode, teamName));
        return "access/users";
    }

    @PostMapping("/{username}/deactivate")
    String deactivate(CurrentUser me, @PathVariable String username, Model model, RedirectAttributes redirect) {
        try {
            admin.deactivate(me, username);
        } catch (RuleBroken e) {
            model.addAttribute("problem", e.getMessage());
            show(me, model, new Form("", "", "", "", ""));
            return "access/users";
        }
        redirect.addFlashAttribute("done", "User deactivated: " + username);
        return "redirect:/admin/users";
    }

    @PostMapping("/{username}/reactivate")
    String reactivate(CurrentUser me, @PathVariable String username, RedirectAttributes redirect) {
        admin.reactivate(me, username);
        redirect.addFlashAttribute("done", "User reactivated: " + username);
        return "redirect:/admin/users";
    }

    @GetMapping("/{username}/password")
    String passwordPage(CurrentUser me, @PathVariable String username, Model model) {
        model.addAttribute("user", admin.account(me, username));
        return "access/user-password";
    }

    @PostMapping("/{username}/password")
    String setPassword(CurrentUser me, @PathVariable String username, @RequestParam(defaultValue = "") String password,
                       Model model, RedirectAttributes redirect) {
        try {
            admin.setPassword(me, username, password);
        } catch (ValidationFailure e) {
            model.addAttribute("errors", byField(e.errors()));
            model.addAttribute("user", admin.account(me, username));
            return "access/user-password";
        }
        redirect.addFlashAttribute("done", "New password set for " + username);
        return "redirect:/admin/users";
    }

    private void show(CurrentUser me, Model model, Form form) {
        model.addAttribute("users", admin.accounts(me));
        model.addAttribute("roles", Role.values());
        model.addAttribute("agencies", directory.agencies());
        model.addAttribute("teams", directory.teams());
        model.addAttribute("form", form);
    }

    private static Map<String, String> byField(List<ValidationFailure.FieldError> errors) {
        Map<String, String> byField = new LinkedHashMap<>();
        errors.forEach(e -> byField.putIfAbsent(e.field(), e.message()));
        return byField;
    }
}
