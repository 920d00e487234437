package uk.safeguard.people.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.people.NameType;
import uk.safeguard.people.NewAddress;
import uk.safeguard.people.NewName;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.people.PersonRecord;
import uk.safeguard.people.internal.CodeLists;
import uk.safeguard.platform.StaleUpdate;
import uk.safeguard.platform.ValidationFailure;

/**
 * A person's page and its forms. The page does not log a view: the child's full page (/children/{id}) does.
 * A merged record redirects to the surviving one.
 */
@Controller
class PersonPageController {
    private final PeopleRegister register;
    private final CodeLists codes;

    PersonPageController(PeopleRegister register, CodeLists codes) {
        this.register = register;
        this.codes = codes;
    }

    @GetMapping("/people/{id}")
    String person(CurrentUser me, @PathVariable long id, Model model) {
        PersonRecord person = register.view(me, id, "person page");
        if (person.mergedInto() != null) {
            return "redirect:/people/" + person.mergedInto() + "?mergedFrom=" + id;
        }
        model.addAttribute("person", person);
        model.addAttribute("relationships", register.relationshipsOf(id));
        model.addAttribute("households", register.householdsOf(id));
        model.addAttribute("codes", codes);
        model.addAttribute("mayEdit", me.role().mayEditPeople());
        model.addAttribute("mayMerge", me.isManager());
        return "people/person";
    }

    @GetMapping("/people/{id}/edit")
    String edit(CurrentUser me, @PathVariable long id, Model model) {
        PersonRecord person = register.view(me, id, "edit person");
        return editForm(model, person, PersonForm.of(person));
    }

    @PostMapping("/people/{id}/edit")
    String save(CurrentUser me, @PathVariable long id, @ModelAttribute("form") PersonForm form, Model model) {
        PersonRecord person = register.view(me, id, "edit person");
        try {
            if (form.version() == null) {
                throw new ValidationFailure("version", "The form was missing the record's version; open the edit page again");
            }
            register.update(me, id, form.version(), form.details());
            return "redirect:/people/" + id + "?saved";
        } catch (ValidationFailure e) {
            FormErrors.show(model, e.errors());
            return editForm(model, person, form);
        } catch (StaleUpdate e) {
            // keep what the user typed; show the record as it now is; saving again is a deliberate choice
            model.addAttribute("conflict", e.getMessage());
            model.addAttribute("current", person);
            return editForm(model, person, form.withVersion(person.version()));
        }
    }

    private String editForm(Model model, PersonRecord person, PersonForm form) {
        model.addAttribute("person", person);
        model.addAttribute("form", form);
        model.addAttribute("codes", codes);
        return "people/edit";
    }

    @GetMapping("/people/{id}/names/new")
    String newName(CurrentUser me, @PathVariable long id, Model model) {
        model.addAttribute("person", register.view(me, id, "add a name"));
        return "people/add-name";
    }

    @PostMapping("/people/{id}/names/new")
    String addName(CurrentUser me, @PathVariable long id, @RequestParam(required = false) String type, @RequestParam String givenNames,
                   @RequestParam String familyName, Model model) {
        try {
            register.addName(me, id, new NewName(PeopleApiController.enumOf(NameType.class, "type", type), givenNames, familyName, null, null));
            return "redirect:/people/" + id;
        } catch (ValidationFailure e) {
            FormErrors.show(model, e.errors());
            model.addAttribute("person", register.view(me, id, "add a name"));
            model.addAttribute("type", type);
            model.addAttribute("givenNames", givenNames);
            model.addAttribute("familyName", familyName);
            return "people/add-name";
        }
    }

    @GetMapping("/people/{id}/addresses/new")
    String newAddress(CurrentUser me, @PathVariable long id, Model model) {
        model.addAttribute("person", register.view(me, id, "add an address"));
        return "people/add-address";
    }

    @PostMapping("/people/{id}/addresses/new")
    String addAddress(CurrentUser me, @PathVariable long id, @RequestParam String line1, @RequestParam(required = false) String line2,
                      @RequestParam(required = false) String town, @RequestParam String postcode,
                      @RequestParam(required = false) String fromDay, @RequestParam(required = false) String fromMonth,
                      @RequestParam(required = false) String fromYear, @RequestParam(required = false) String toDay,
                      @RequestParam(required = false) String toMonth, @RequestParam(required = false) String toYear, Model model) {
        try {
            List<ValidationFailure.FieldError> dateErrors = new ArrayList<>();
            LocalDate from = null;
            LocalDate to = null;
            try {
                from = Dates.dayMonthYear("from", "The date they moved in", fromDay, fromMonth, fromYear);
            } catch (ValidationFailure e) {
                dateErrors.addAll(e.errors());
            }
            try {
                to = Dates.dayMonthYear("to", "The date they moved out", toDay, toMonth, toYear);
            } catch (ValidationFailure e) {
                dateErrors.addAll(e.errors());
            }
            if (!dateErrors.isEmpty()) {
                throw new ValidationFailure(dateErrors);
            }
            register.addAddress(me, id, new NewAddress(line1, line2, town, postcode, from, to));
            return "redirect:/people/" + id;
        } catch (ValidationFailure e) {
            FormErrors.show(model, e.errors());
            model.addAttribute("person", register.view(me, id, "add an address"));
            model.addAttribute("line1", line1);
            model.addAttribute("line2", line2);
            model.addAttribute("town", town);
            model.addAttribute("postcode", postcode);
            model.addAttribute("fromDay", fromDay);
            model.addAttribute("fromMonth", fromMonth);
            model.addAttribute("fromYear", fromYear);
            model.addAttribute("toDay", toDay);
            model.addAttribute("toMonth", toMonth);
            model.addAttribute("toYear", toYear);
            return "people/add-address";
        }
    }

    @PostMapping("/people/{id}/merge")
    String merge(CurrentUser me, @PathVariable long id, @RequestParam(required = false) String survivorId) {
        long survivor = parseId("survivorId", survivorId);
        register.merge(me, id, survivor);
        return "redirect:/people/" + survivor + "?mergedFrom=" + id;
    }

    private static long parseId(String field, String text) {
        try {
            return Long.parseLong(text == null ? "" : text.trim());
        } catch (NumberFormatException e) {
            throw new ValidationFailure(field, "Enter the record number of the other record (it is shown on its page)");
        }
    }
}
