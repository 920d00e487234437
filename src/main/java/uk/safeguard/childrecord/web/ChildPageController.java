package uk.safeguard.childrecord.web;

import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.childrecord.ChildRecords;
import uk.safeguard.people.PeopleCodes;
import uk.safeguard.platform.ValidationFailure;

@Controller
public class ChildPageController {
    private final ChildRecords records;
    private final PeopleCodes codes;

    public ChildPageController(ChildRecords records, PeopleCodes codes) {
        this.records = records;
        this.codes = codes;
    }

    @ModelAttribute("codes")
    PeopleCodes codes() {
        return codes;
    }

    @GetMapping("/children/{id}")
    String page(CurrentUser me, @PathVariable long id, Model model) {
        var merged = records.mergedInto(id);
        if (merged.isPresent() && merged.get() != null) {
            return "redirect:/children/" + merged.get();
        }
        model.addAttribute("page", records.page(me, id));
        model.addAttribute("mayRestrict", me.isManager());
        return "childrecord/child";
    }

    @PostMapping("/children/{id}/restriction")
    String restrict(CurrentUser me, @PathVariable long id, @RequestParam(defaultValue = "") String reason,
                    @RequestParam(defaultValue = "") String usernames, Model model, RedirectAttributes redirect) {
        List<String> named = Arrays.stream(usernames.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
        try {
            records.restrict(me, id, reason, named);
        } catch (ValidationFailure e) {
            model.addAttribute("page", records.page(me, id));
            model.addAttribute("mayRestrict", true);
            model.addAttribute("restrictionErrors", e.errors());
            model.addAttribute("reason", reason);
            model.addAttribute("usernames", usernames);
            return "childrecord/child";
        }
        redirect.addFlashAttribute("restricted", true);
        return "redirect:/children/" + id;
    }
}
