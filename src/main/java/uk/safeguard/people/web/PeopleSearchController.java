package uk.safeguard.people.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.people.NewPerson;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.people.PersonDetails;
import uk.safeguard.people.SearchCriteria;
import uk.safeguard.people.SearchResult;
import uk.safeguard.people.internal.CodeLists;
import uk.safeguard.platform.NoAccess;
import uk.safeguard.platform.ValidationFailure;

/** The people search page and registering a person (with the duplicate check first). */
@Controller
class PeopleSearchController {
    private final PeopleRegister register;
    private final CodeLists codes;

    PeopleSearchController(PeopleRegister register, CodeLists codes) {
        this.register = register;
        this.codes = codes;
    }

    @GetMapping("/people")
    String search(CurrentUser me, @RequestParam(required = false) String name, @RequestParam(required = false) String dobDay,
                  @RequestParam(required = false) String dobMonth, @RequestParam(required = false) String dobYear,
                  @RequestParam(required = false) String nhsNumber, @RequestParam(required = false) String postcode, Model model) {
        model.addAttribute("name", name);
        model.addAttribute("dobDay", dobDay);
        model.addAttribute("dobMonth", dobMonth);
        model.addAttribute("dobYear", dobYear);
        model.addAttribute("nhsNumber", nhsNumber);
        model.addAttribute("postcode", postcode);
        model.addAttribute("mayRegister", me.role().mayEditPeople());
        try {
            SearchCriteria criteria = new SearchCriteria(name, Dates.dayMonthYear("dateOfBirth", "Date of birth", dobDay, dobMonth, dobYear),
                    nhsNumber, postcode);
            if (!criteria.isEmpty()) {
                model.addAttribute("results", register.search(me, criteria));
            }
        } catch (ValidationFailure e) {
            FormErrors.show(model, e.errors());
        }
        return "people/search";
    }

    @GetMapping("/people/new")
    String newPerson(CurrentUser me, Model model) {
        requireEditor(me);
        return form(model, PersonForm.empty());
    }

    @PostMapping("/people/new")
    String register(CurrentUser me, @ModelAttribute("form") PersonForm form, Model model) {
        requireEditor(me);
        try {
            PersonDetails details = form.details();
            if (!Boolean.TRUE.equals(form.confirmNoDuplicate())) {
                List<SearchResult> matches = register.likelyMatches(me, details);
                if (!matches.isEmpty()) {
                    model.addAttribute("matches", matches);
                    model.addAttribute("form", form);
                    return "people/possible-duplicates";
                }
            }
            long id = register.register(me, new NewPerson(details, form.address()));
            // A child's home is the child's record; an adult's is their register page.
            return (details.kind().isChild() ? "redirect:/children/" : "redirect:/people/") + id + "?registered";
        } catch (ValidationFailure e) {
            FormErrors.show(model, e.errors());
            return form(model, form);
        }
    }

    private String form(Model model, PersonForm form) {
        model.addAttribute("form", form);
        model.addAttribute("codes", codes);
        return "people/new";
    }

    private static void requireEditor(CurrentUser me) {
        if (!me.role().mayEditPeople()) {
            throw new NoAccess("Your role (" + me.role().label() + ") may not register people.");
        }
    }
}
