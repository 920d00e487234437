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
import uk.safeguard.audit.ChronologyEntry;
import uk.safeguard.childrecord.ChildPage;
import uk.safeguard.childrecord.ChildRecords;
import uk.safeguard.childrecord.KeyEvents;
import uk.safeguard.people.PeopleCodes;
import uk.safeguard.platform.ChildRecordSection;
import uk.safeguard.platform.ValidationFailure;

@Controller
public class ChildPageController {
    private final ChildRecords records;
    private final PeopleCodes codes;
    private final List<ChildRecordSection> sections;
    /** Ten years of history is many hundreds of entries: the page opens on the newest, the rest one link away. */
    static final int NEWEST_ENTRIES = 100;

    public ChildPageController(ChildRecords records, PeopleCodes codes, List<ChildRecordSection> sections) {
        this.records = records;
        this.codes = codes;
        this.sections = sections;
    }

    /** The other modules' sections (assessments, plans, documents, alerts ...), asked only after access is checked. */
    private void addPage(CurrentUser me, long id, Model model) {
        model.addAttribute("page", records.page(me, id));
        ChildRecordSection.Viewer viewer = new ChildRecordSection.Viewer(me.id(), me.role().name(), me.agencyId());
        List<ChildRecordSection.Section> shown = sections.stream()
                .flatMap(s -> s.section(id, viewer).stream())
                .sorted(java.util.Comparator.comparingInt(ChildRecordSection.Section::order))
                .toList();
        model.addAttribute("warningSections", shown.stream().filter(ChildRecordSection.Section::warning).toList());
        model.addAttribute("sections", shown.stream().filter(s -> !s.warning()).toList());
    }

    @ModelAttribute("codes")
    PeopleCodes codes() {
        return codes;
    }

    @GetMapping("/children/{id}")
    String page(CurrentUser me, @PathVariable long id, @RequestParam(required = false) String chronology, Model model) {
        var merged = records.mergedInto(id);
        if (merged.isPresent() && merged.get() != null) {
            return "redirect:/children/" + merged.get();
        }
        addPage(me, id, model);
        model.addAttribute("mayRestrict", me.isManager());
        // chronology=key: key events only; all / key-all: every entry rather than the newest NEWEST_ENTRIES.
        boolean keyOnly = "key".equals(chronology) || "key-all".equals(chronology);
        boolean all = "all".equals(chronology) || "key-all".equals(chronology);
        model.addAttribute("keyEventsOnly", keyOnly);
        ChildPage page = (ChildPage) model.getAttribute("page");
        List<ChronologyEntry> entries = keyOnly ? KeyEvents.only(page.chronology()) : page.chronology();
        model.addAttribute("chronologyTotal", entries.size());
        model.addAttribute("chronologyShortened", !all && entries.size() > NEWEST_ENTRIES);
        if (!all && entries.size() > NEWEST_ENTRIES) {
            entries = entries.subList(0, NEWEST_ENTRIES);
        }
        model.addAttribute("page", new ChildPage(page.person(), page.restricted(), page.relationships(), page.households(),
                page.openWork(), page.clocks(), entries, page.views()));
        return "childrecord/child";
    }

    @PostMapping("/children/{id}/restriction")
    String restrict(CurrentUser me, @PathVariable long id, @RequestParam(defaultValue = "") String reason,
                    @RequestParam(defaultValue = "") String usernames, Model model, RedirectAttributes redirect) {
        List<String> named = Arrays.stream(usernames.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
        try {
            records.restrict(me, id, reason, named);
        } catch (ValidationFailure e) {
            addPage(me, id, model);
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
