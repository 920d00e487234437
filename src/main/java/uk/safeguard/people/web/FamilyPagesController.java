package uk.safeguard.people.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.people.Address;
import uk.safeguard.people.HouseholdView;
import uk.safeguard.people.NewRelationship;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.people.PersonRecord;
import uk.safeguard.people.RelationshipType;
import uk.safeguard.people.SearchCriteria;
import uk.safeguard.people.SearchResult;
import uk.safeguard.platform.NotFound;
import uk.safeguard.platform.ValidationFailure;
import uk.safeguard.platform.ValidationFailure.FieldError;

/**
 * The forms that link people: relationships and households (found through the register's search, picked with radio
 * buttons; two steps, no JavaScript), and ending an address or a household membership.
 */
@Controller
class FamilyPagesController {
    private static final int RESULTS = 20;

    private final PeopleRegister register;

    FamilyPagesController(PeopleRegister register) {
        this.register = register;
    }

    /** The typed search, carried from step 1 to step 2 (and back, if step 2 has errors). */
    record Finder(String name, String dobDay, String dobMonth, String dobYear) {
        boolean asked() {
            return name != null;
        }
    }

    // ---- relationships ----

    @GetMapping("/people/{id}/relationships/new")
    String newRelationship(CurrentUser me, @PathVariable long id, @RequestParam(required = false) String name,
                           @RequestParam(required = false) String dobDay, @RequestParam(required = false) String dobMonth,
                           @RequestParam(required = false) String dobYear, Model model) {
        PersonRecord person = register.view(me, id, "add a relationship");
        return relationshipForm(me, person, new Finder(name, dobDay, dobMonth, dobYear), model, true);
    }

    @PostMapping("/people/{id}/relationships/new")
    String addRelationship(CurrentUser me, @PathVariable long id, @RequestParam(required = false) String relatedPersonId,
                           @RequestParam(required = false) String type, @RequestParam(required = false) Boolean parentalResponsibility,
                           @RequestParam Map<String, String> form, Model model) {
        PersonRecord person = register.view(me, id, "add a relationship");
        try {
            List<FieldError> errors = new ArrayList<>();
            Long related = chosen(errors, "relatedPersonId", relatedPersonId, "Choose the other person from the results");
            RelationshipType relationshipType = null;
            try {
                relationshipType = PeopleApiController.enumOf(RelationshipType.class, "type", type);
            } catch (ValidationFailure e) {
                errors.addAll(e.errors());
            }
            if (relationshipType == null && errors.stream().noneMatch(e -> e.field().equals("type"))) {
                errors.add(new FieldError("type", "Choose the relationship"));
            }
            LocalDate from = date(errors, "from", "The start date", form, "from");
            LocalDate to = date(errors, "to", "The end date", form, "to");
            period(errors, from, to);
            if (!errors.isEmpty()) {
                throw new ValidationFailure(errors);
            }
            register.addRelationship(me, id, new NewRelationship(related, relationshipType, Boolean.TRUE.equals(parentalResponsibility), from, to));
            return "redirect:/people/" + id + "?relationshipAdded";
        } catch (ValidationFailure e) {
            FormErrors.show(model, e.errors());
            keep(model, form);
            return relationshipForm(me, person, finder(form), model, false);
        }
    }

    private String relationshipForm(CurrentUser me, PersonRecord person, Finder finder, Model model, boolean searchErrors) {
        model.addAttribute("person", person);
        model.addAttribute("types", Arrays.asList(RelationshipType.values()));
        find(me, person, finder, model, searchErrors);
        return "people/add-relationship";
    }

    // ---- households ----

    @GetMapping("/people/{id}/households/new")
    String newHousehold(CurrentUser me, @PathVariable long id, Model model) {
        model.addAttribute("person", register.view(me, id, "create a household"));
        return "people/new-household";
    }

    @PostMapping("/people/{id}/households/new")
    String createHousehold(CurrentUser me, @PathVariable long id, @RequestParam(required = false) String name,
                           @RequestParam Map<String, String> form, Model model) {
        PersonRecord person = register.view(me, id, "create a household");
        try {
            List<FieldError> errors = new ArrayList<>();
            if (name == null || name.isBlank()) {
                errors.add(new FieldError("name", "Enter a name for the household, for example the address"));
            }
            LocalDate from = date(errors, "from", "The date they started living together", form, "from");
            if (!errors.isEmpty()) {
                throw new ValidationFailure(errors);
            }
            register.createHousehold(me, name, List.of(id), from);
            return "redirect:/people/" + id + "?householdCreated";
        } catch (ValidationFailure e) {
            FormErrors.show(model, e.errors());
            keep(model, form);
            model.addAttribute("person", person);
            return "people/new-household";
        }
    }

    @GetMapping("/people/{id}/households/{householdId}/members/new")
    String newMember(CurrentUser me, @PathVariable long id, @PathVariable long householdId, @RequestParam(required = false) String name,
                     @RequestParam(required = false) String dobDay, @RequestParam(required = false) String dobMonth,
                     @RequestParam(required = false) String dobYear, Model model) {
        PersonRecord person = register.view(me, id, "add a household member");
        return memberForm(me, person, household(id, householdId), new Finder(name, dobDay, dobMonth, dobYear), model, true);
    }

    @PostMapping("/people/{id}/households/{householdId}/members/new")
    String addMember(CurrentUser me, @PathVariable long id, @PathVariable long householdId, @RequestParam(required = false) String personId,
                     @RequestParam Map<String, String> form, Model model) {
        PersonRecord person = register.view(me, id, "add a household member");
        HouseholdView household = household(id, householdId);
        try {
            List<FieldError> errors = new ArrayList<>();
            Long member = chosen(errors, "personId", personId, "Choose the person joining the household from the results");
            LocalDate from = date(errors, "from", "The date they joined", form, "from");
            LocalDate to = date(errors, "to", "The date they left", form, "to");
            period(errors, from, to);
            if (!errors.isEmpty()) {
                throw new ValidationFailure(errors);
            }
            register.addToHousehold(me, householdId, member, from, to);
            return "redirect:/people/" + id + "?memberAdded";
        } catch (ValidationFailure e) {
            FormErrors.show(model, e.errors());
            keep(model, form);
            return memberForm(me, person, household, finder(form), model, false);
        }
    }

    private String memberForm(CurrentUser me, PersonRecord person, HouseholdView household, Finder finder, Model model, boolean searchErrors) {
        model.addAttribute("person", person);
        model.addAttribute("household", household);
        find(me, person, finder, model, searchErrors);
        return "people/add-member";
    }

    @GetMapping("/people/{id}/households/memberships/{membershipId}/end")
    String endMembershipForm(CurrentUser me, @PathVariable long id, @PathVariable long membershipId, Model model) {
        return endMembershipPage(model, register.view(me, id, "end a household membership"), membership(id, membershipId));
    }

    @PostMapping("/people/{id}/households/memberships/{membershipId}/end")
    String endMembership(CurrentUser me, @PathVariable long id, @PathVariable long membershipId,
                         @RequestParam Map<String, String> form, Model model) {
        PersonRecord person = register.view(me, id, "end a household membership");
        HouseholdView.Member member = membership(id, membershipId);
        try {
            List<FieldError> errors = new ArrayList<>();
            LocalDate to = date(errors, "to", "The date they left", form, "to");
            if (!errors.isEmpty()) {
                throw new ValidationFailure(errors);
            }
            register.endHouseholdMembership(me, membershipId, to);
            return "redirect:/people/" + id + "?membershipEnded";
        } catch (ValidationFailure e) {
            FormErrors.show(model, e.errors());
            keep(model, form);
            return endMembershipPage(model, person, member);
        }
    }

    private String endMembershipPage(Model model, PersonRecord person, HouseholdView.Member member) {
        model.addAttribute("person", person);
        model.addAttribute("member", member);
        model.addAttribute("household", register.householdOfMembership(member.membershipId()).orElseThrow());
        return "people/end-membership";
    }

    // ---- addresses ----

    @GetMapping("/people/{id}/addresses/{addressId}/end")
    String endAddressForm(CurrentUser me, @PathVariable long id, @PathVariable long addressId, Model model) {
        PersonRecord person = register.view(me, id, "end an address");
        model.addAttribute("person", person);
        model.addAttribute("address", address(person, addressId));
        return "people/end-address";
    }

    @PostMapping("/people/{id}/addresses/{addressId}/end")
    String endAddress(CurrentUser me, @PathVariable long id, @PathVariable long addressId, @RequestParam Map<String, String> form, Model model) {
        PersonRecord person = register.view(me, id, "end an address");
        Address address = address(person, addressId);
        try {
            List<FieldError> errors = new ArrayList<>();
            LocalDate to = date(errors, "to", "The date they moved out", form, "to");
            if (!errors.isEmpty()) {
                throw new ValidationFailure(errors);
            }
            register.endAddress(me, id, addressId, to);
            return "redirect:/people/" + id + "?addressEnded";
        } catch (ValidationFailure e) {
            FormErrors.show(model, e.errors());
            keep(model, form);
            model.addAttribute("person", person);
            model.addAttribute("address", address);
            return "people/end-address";
        }
    }

    // ---- helpers ----

    /** Step 1 → step 2: the register's own search (so only people this user may see), without the person themselves. */
    private void find(CurrentUser me, PersonRecord person, Finder finder, Model model, boolean showErrors) {
        model.addAttribute("finder", finder);
        if (!finder.asked()) {
            return;
        }
        List<FieldError> errors = new ArrayList<>();
        if (finder.name().isBlank()) {
            errors.add(new FieldError("name", "Enter the other person's name to search for them"));
        }
        LocalDate dob = null;
        try {
            dob = Dates.dayMonthYear("dob", "Date of birth", finder.dobDay(), finder.dobMonth(), finder.dobYear());
        } catch (ValidationFailure e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            if (showErrors) {
                FormErrors.show(model, errors);
            }
            return;
        }
        List<SearchResult> results = register.search(me, new SearchCriteria(finder.name(), dob, null, null, RESULTS)).stream()
                .filter(r -> r.person().id() != person.id()).toList();
        model.addAttribute("results", results);
    }

    private static Finder finder(Map<String, String> form) {
        return new Finder(form.getOrDefault("name", ""), form.get("dobDay"), form.get("dobMonth"), form.get("dobYear"));
    }

    private static void keep(Model model, Map<String, String> form) {
        form.forEach((k, v) -> {
            if (!k.equals("_csrf")) {
                model.addAttribute("v_" + k, v);
            }
        });
    }

    private static Long chosen(List<FieldError> errors, String field, String value, String message) {
        try {
            return Long.parseLong(value == null ? "" : value.trim());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, message));
            return null;
        }
    }

    private static void period(List<FieldError> errors, LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(new FieldError("to", "The end date must be the same as or after the start date"));
        }
    }

    private static LocalDate date(List<FieldError> errors, String field, String label, Map<String, String> form, String prefix) {
        try {
            return Dates.dayMonthYear(field, label, form.get(prefix + "Day"), form.get(prefix + "Month"), form.get(prefix + "Year"));
        } catch (ValidationFailure e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    private HouseholdView household(long personId, long householdId) {
        return register.householdsOf(personId).stream().filter(h -> h.id() == householdId).findFirst()
                .orElseThrow(() -> new NotFound("Person " + personId + " is not in household " + householdId));
    }

    private HouseholdView.Member membership(long personId, long membershipId) {
        return register.householdsOf(personId).stream().flatMap(h -> h.members().stream())
                .filter(m -> m.membershipId() == membershipId && m.person().id() == personId).findFirst()
                .orElseThrow(() -> new NotFound("Person " + personId + " has no household membership " + membershipId));
    }

    private static Address address(PersonRecord person, long addressId) {
        return person.addresses().stream().filter(a -> a.id() == addressId).findFirst()
                .orElseThrow(() -> new NotFound("Person " + person.id() + " has no address " + addressId));
    }
}
