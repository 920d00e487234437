package uk.safeguard.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguard.access.ChildAccess;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.audit.Actor;
import uk.safeguard.audit.AuditTrail;
import uk.safeguard.audit.AuditTrail.Change;
import uk.safeguard.people.internal.FamilyRepository;
import uk.safeguard.people.internal.NameSearch;
import uk.safeguard.people.internal.PersonRepository;
import uk.safeguard.people.internal.PersonValidator;
import uk.safeguard.platform.NoAccess;
import uk.safeguard.platform.NotFound;
import uk.safeguard.platform.RuleBroken;
import uk.safeguard.platform.StaleUpdate;
import uk.safeguard.platform.ValidationFailure;

/**
 * The people register's public API: children (including unborn) and adults, their names, addresses,
 * relationships and households; fuzzy search; duplicate detection and merging. Methods taking a
 * {@link CurrentUser} enforce access and audit every change; {@link #find}, {@link #summaries},
 * {@link #relationshipsOf} and {@link #householdsOf} do not check access — callers showing a record check
 * {@code ChildAccess.requireView} first (and log the view themselves).
 * <p>A refused change rolls back whole; the refusal itself is logged in its own transaction (AuditTrail).
 */
@Service
public class PeopleRegister {
    /** A search score (0–2.01) at or above which an existing person is shown as a likely duplicate. */
    static final double LIKELY_MATCH = 1.4;

    private final PersonRepository persons;
    private final FamilyRepository families;
    private final NameSearch nameSearch;
    private final PersonValidator validator;
    private final ChildAccess access;
    private final AuditTrail audit;

    public PeopleRegister(PersonRepository persons, FamilyRepository families, NameSearch nameSearch,
                          PersonValidator validator, ChildAccess access, AuditTrail audit) {
        this.persons = persons;
        this.families = families;
        this.nameSearch = nameSearch;
        this.validator = validator;
        this.access = access;
        this.audit = audit;
    }

    // ---- reading (no access check: see the class comment) ----

    public Optional<PersonRecord> find(long id) {
        return persons.find(id);
    }

    public List<RelationshipView> relationshipsOf(long id) {
        return families.relationshipsOf(id);
    }

    public List<HouseholdView> householdsOf(long id) {
        return families.householdsOf(id);
    }

    public Map<Long, PersonSummary> summaries(Collection<Long> ids) {
        return persons.summaries(ids);
    }

    /** The record for this user, after the need-to-know check (refusals are logged). Does not log a view. */
    public PersonRecord view(CurrentUser me, long id, String what) {
        PersonRecord person = persons.find(id).orElseThrow(() -> notFound(id));
        access.requireView(me, id, what);
        // every view of a person's record is logged, as the child's page logs its own
        audit.recordView(me.asActor(), id, what);
        return person;
    }

    /** Ranked matches the user may see. */
    public List<SearchResult> search(CurrentUser me, SearchCriteria criteria) {
        if (criteria.isEmpty()) {
            throw new ValidationFailure("name", "Enter a name, date of birth, NHS number or postcode to search for");
        }
        if (criteria.limit() < 1 || criteria.limit() > 200) {
            throw new ValidationFailure("limit", "Ask for between 1 and 200 results");
        }
        List<NameSearch.Hit> hits = nameSearch.search(criteria);
        Set<Long> visible = access.viewable(me, hits.stream().map(NameSearch.Hit::personId).toList());
        Map<Long, PersonSummary> people = persons.summaries(visible);
        List<SearchResult> results = new ArrayList<>();
        for (NameSearch.Hit hit : hits) {
            if (visible.contains(hit.personId())) {
                results.add(new SearchResult(people.get(hit.personId()), hit.matchedName(), hit.matchedType(), hit.score()));
            }
        }
        return results;
    }

    /**
     * Existing people this new person may well be: the same NHS number, or a close name match (with the
     * same date of birth when one is given). Shown before registering, to prevent duplicate records.
     */
    public List<SearchResult> likelyMatches(CurrentUser me, PersonDetails details) {
        Map<Long, SearchResult> matches = new LinkedHashMap<>();
        if (details.nhsNumber() != null && NhsNumber.isValid(details.nhsNumber())) {
            search(me, new SearchCriteria(null, null, details.nhsNumber(), null, 10)).forEach(r -> matches.put(r.person().id(), r));
        }
        if (details.givenNames() != null && !details.givenNames().isBlank() && details.familyName() != null && !details.familyName().isBlank()) {
            LocalDate born = details.kind() == PersonKind.UNBORN ? details.expectedDeliveryDate() : details.dateOfBirth();
            search(me, new SearchCriteria(details.givenNames() + " " + details.familyName(), born, null, null, 10)).stream()
                    .filter(r -> r.score() >= LIKELY_MATCH)
                    .forEach(r -> matches.putIfAbsent(r.person().id(), r));
        }
        return List.copyOf(matches.values());
    }

    // ---- changing ----

    @Transactional
    public long register(CurrentUser me, NewPerson person) {
        requireEditor(me, null, "register a person");
        return register(me.asActor(), person);
    }

    /** For trusted system callers (demo data, imports): no role check, still validated and audited. */
    @Transactional
    public long register(Actor actor, NewPerson person) {
        PersonDetails details = validator.check(person.details());
        if (person.address() != null) {
            validator.check(person.address(), "address.");
        }
        long id = persons.insertPerson(details);
        if (person.address() != null) {
            persons.insertAddress(id, person.address());
        }
        audit.recordChange(actor, id, Change.of("person", id, "PERSON_REGISTERED",
                "Registered as " + article(details.kind()) + ": " + details.givenNames() + " " + details.familyName())
                .withValues(null, auditValues(details)));
        return id;
    }

    /** Changes the details; {@code basedOnVersion} is the version the user saw, else {@link StaleUpdate}. */
    @Transactional
    public PersonRecord update(CurrentUser me, long id, long basedOnVersion, PersonDetails changes) {
        PersonRecord before = editable(me, id, "edit a person's details");
        PersonDetails details = validator.check(changes);
        if (!persons.updatePerson(id, details, basedOnVersion)) {
            throw new StaleUpdate("This person's record", basedOnVersion, persons.currentVersion(id));
        }
        audit.recordChange(me.asActor(), id, Change.of("person", id, "PERSON_UPDATED", "Details of " + details.givenNames() + " " + details.familyName() + " changed")
                .withValues(changed(auditValues(before.details()), auditValues(details), true), changed(auditValues(before.details()), auditValues(details), false)));
        return persons.find(id).orElseThrow();
    }

    @Transactional
    public long addName(CurrentUser me, long id, NewName name) {
        editable(me, id, "add a name");
        validator.check(name);
        if (name.type() == NameType.CURRENT) {
            throw new ValidationFailure("type", "Change the current name by editing the person's details; add an alias or a previous name here");
        }
        long nameId = persons.insertName(id, name.type(), name.givenNames(), name.familyName(), name.from(), name.to());
        persons.touch(id);
        audit.recordChange(me.asActor(), id, Change.of("person", id, "PERSON_NAME_ADDED",
                name.type().label() + " added: " + name.givenNames() + " " + name.familyName())
                .withValues(null, Map.of("type", name.type().name(), "name", name.givenNames() + " " + name.familyName())));
        return nameId;
    }

    @Transactional
    public long addAddress(CurrentUser me, long id, NewAddress address) {
        editable(me, id, "add an address");
        validator.check(address, "");
        long addressId = persons.insertAddress(id, address);
        persons.touch(id);
        audit.recordChange(me.asActor(), id, Change.of("person", id, "PERSON_ADDRESS_ADDED",
                "Address added: " + address.line1() + ", " + Postcode.format(address.postcode()))
                .withValues(null, Map.of("address", address.line1(), "postcode", Postcode.format(address.postcode()))));
        return addressId;
    }

    /** Records that {@code relationship.relatedPersonId()} is the {@code type} of person {@code id}. */
    @Transactional
    public long addRelationship(CurrentUser me, long id, NewRelationship relationship) {
        editable(me, id, "add a relationship");
        if (relationship.type() == null) {
            throw new ValidationFailure("type", "Choose the relationship");
        }
        if (relationship.relatedPersonId() == id) {
            throw new ValidationFailure("relatedPersonId", "A person cannot be related to themselves");
        }
        PersonRecord other = editable(me, relationship.relatedPersonId(), "add a relationship");
        List<ValidationFailure.FieldError> errors = new ArrayList<>();
        periodCheck(errors, relationship.from(), relationship.to());
        if (!errors.isEmpty()) {
            throw new ValidationFailure(errors);
        }
        long relId = families.insertRelationship(id, relationship);
        persons.touch(id);
        persons.touch(other.id());
        String summary = other.displayName() + " recorded as " + relationship.type().label().toLowerCase()
                + (relationship.parentalResponsibility() ? " (with parental responsibility)" : "");
        Map<String, Object> values = Map.of("relatedPersonId", other.id(), "type", relationship.type().name(),
                "parentalResponsibility", relationship.parentalResponsibility());
        audit.recordChange(me.asActor(), id, Change.of("relationship", relId, "RELATIONSHIP_ADDED", summary).withValues(null, values));
        audit.recordChange(me.asActor(), other.id(), Change.of("relationship", relId, "RELATIONSHIP_ADDED", summary).withValues(null, values));
        return relId;
    }

    /** A new household with these people in it from {@code from}. */
    @Transactional
    public long createHousehold(CurrentUser me, String name, List<Long> memberIds, LocalDate from) {
        if (name == null || name.isBlank()) {
            throw new ValidationFailure("name", "Enter a name for the household, for example the address");
        }
        if (memberIds == null || memberIds.isEmpty()) {
            throw new ValidationFailure("memberIds", "A household has at least one member");
        }
        memberIds.forEach(personId -> editable(me, personId, "create a household"));
        long householdId = families.insertHousehold(name.trim());
        for (long personId : memberIds) {
            joinHousehold(me.asActor(), householdId, name.trim(), personId, from, null);
        }
        return householdId;
    }

    @Transactional
    public long addToHousehold(CurrentUser me, long householdId, long personId, LocalDate from, LocalDate to) {
        if (!families.householdExists(householdId)) {
            throw new NotFound("There is no household " + householdId);
        }
        editable(me, personId, "join a household");
        List<ValidationFailure.FieldError> errors = new ArrayList<>();
        periodCheck(errors, from, to);
        if (!errors.isEmpty()) {
            throw new ValidationFailure(errors);
        }
        return joinHousehold(me.asActor(), householdId, families.household(householdId).name(), personId, from, to);
    }

    /** Household creation for trusted system callers (demo data). */
    @Transactional
    public long createHousehold(Actor actor, String name, List<Long> memberIds, LocalDate from) {
        long householdId = families.insertHousehold(name);
        memberIds.forEach(personId -> joinHousehold(actor, householdId, name, personId, from, null));
        return householdId;
    }

    /** Relationship creation for trusted system callers (demo data). */
    @Transactional
    public long addRelationship(Actor actor, long id, NewRelationship relationship) {
        long relId = families.insertRelationship(id, relationship);
        audit.recordChange(actor, id, Change.of("relationship", relId, "RELATIONSHIP_ADDED",
                "Relationship recorded: " + relationship.type().label().toLowerCase()));
        return relId;
    }

    /** Name and address additions for trusted system callers (demo data). */
    @Transactional
    public void addName(Actor actor, long id, NewName name) {
        persons.insertName(id, name.type(), name.givenNames(), name.familyName(), name.from(), name.to());
        audit.recordChange(actor, id, Change.of("person", id, "PERSON_NAME_ADDED", name.type().label() + " added"));
    }

    @Transactional
    public void addAddress(Actor actor, long id, NewAddress address) {
        persons.insertAddress(id, address);
        audit.recordChange(actor, id, Change.of("person", id, "PERSON_ADDRESS_ADDED", "Address added"));
    }

    private long joinHousehold(Actor actor, long householdId, String name, long personId, LocalDate from, LocalDate to) {
        long membership = families.insertMember(householdId, personId, from, to);
        persons.touch(personId);
        audit.recordChange(actor, personId, Change.of("household", householdId, "HOUSEHOLD_JOINED", "Joined household: " + name)
                .withValues(null, Map.of("householdId", householdId)));
        return membership;
    }

    /**
     * Merges a duplicate record into the surviving one (team managers only): the duplicate's names become the
     * survivor's previous names and aliases; its addresses, relationships and household memberships move over;
     * the duplicate stays, marked {@code mergedInto}, so old links lead to the survivor.
     */
    @Transactional
    public PersonRecord merge(CurrentUser me, long duplicateId, long survivorId) {
        if (!me.isManager()) {
            access.requireView(me, duplicateId, "merge person records");
            audit.recordAccessDenied(me.asActor(), duplicateId, "merge person records (not a manager)");
            throw new NoAccess("Only a team manager may merge person records.");
        }
        if (duplicateId == survivorId) {
            throw new ValidationFailure("survivorId", "Choose a different record to merge into");
        }
        PersonRecord duplicate = view(me, duplicateId, "merge person records");
        PersonRecord survivor = view(me, survivorId, "merge person records");
        if (duplicate.mergedInto() != null) {
            throw new RuleBroken("alreadyMerged", duplicate.displayName() + " was already merged into record " + duplicate.mergedInto());
        }
        if (survivor.mergedInto() != null) {
            throw new RuleBroken("survivorMerged", "Record " + survivorId + " was itself merged into record " + survivor.mergedInto() + "; merge into that one");
        }
        refuseConflict("nhsNumber", "NHS number", survivor.nhsNumber(), duplicate.nhsNumber(), duplicate, survivor);
        refuseConflict("dateOfBirth", "date of birth", survivor.dateOfBirth(), duplicate.dateOfBirth(), duplicate, survivor);
        Map<String, Object> filled = persons.fillBlanksFrom(survivorId, duplicateId);
        Map<String, Integer> moved = families.moveAll(duplicateId, survivorId);
        families.markMerged(duplicateId, survivorId);
        persons.touch(survivorId);
        String summary = "Duplicate record " + duplicateId + " (" + duplicate.displayName() + ") merged into record "
                + survivorId + " (" + survivor.displayName() + ")"
                + (filled.isEmpty() ? "" : "; filled from the duplicate: " + String.join(", ", filled.keySet()));
        Map<String, Object> after = new LinkedHashMap<>(moved);
        after.put("mergedInto", survivorId);
        if (!filled.isEmpty()) {
            after.put("filledFromDuplicate", String.join(",", filled.keySet()));
            filled.forEach(after::put);
        }
        audit.recordChange(me.asActor(), survivorId, Change.of("person", survivorId, "PERSON_MERGED", summary)
                .withValues(Map.of("duplicateId", duplicateId), after));
        audit.recordChange(me.asActor(), duplicateId, Change.of("person", duplicateId, "PERSON_MERGED", summary)
                .withValues(Map.of("mergedInto", ""), Map.of("mergedInto", survivorId)));
        return persons.find(survivorId).orElseThrow();
    }

    /** Sets the date the person moved out of one of their addresses (must not be before they moved in). */
    @Transactional
    public void endAddress(CurrentUser me, long id, long addressId, LocalDate to) {
        PersonRecord person = editable(me, id, "end an address");
        Address address = person.addresses().stream().filter(a -> a.id() == addressId).findFirst()
                .orElseThrow(() -> new NotFound("Person " + id + " has no address " + addressId));
        if (to == null) {
            throw new ValidationFailure("to", "Enter the date they moved out");
        }
        List<ValidationFailure.FieldError> errors = new ArrayList<>();
        periodCheck(errors, address.from(), to);
        if (!errors.isEmpty()) {
            throw new ValidationFailure(errors);
        }
        persons.endAddress(id, addressId, to);
        persons.touch(id);
        audit.recordChange(me.asActor(), id, Change.of("address", addressId, "PERSON_ADDRESS_ENDED",
                        "Moved out of " + address.line1() + ", " + address.postcode() + " on " + to)
                .withValues(mapOf("to", address.to() == null ? null : address.to().toString()), Map.of("to", to.toString())));
    }

    /** Ends a household membership: the person left on {@code to} (not before they joined). */
    @Transactional
    public void endHouseholdMembership(CurrentUser me, long membershipId, LocalDate to) {
        FamilyRepository.Membership membership = families.membership(membershipId)
                .orElseThrow(() -> new NotFound("There is no household membership " + membershipId));
        editable(me, membership.personId(), "end a household membership");
        if (to == null) {
            throw new ValidationFailure("to", "Enter the date they left the household");
        }
        List<ValidationFailure.FieldError> errors = new ArrayList<>();
        periodCheck(errors, membership.from(), to);
        if (!errors.isEmpty()) {
            throw new ValidationFailure(errors);
        }
        families.endMembership(membershipId, to);
        persons.touch(membership.personId());
        String household = families.household(membership.householdId()).name();
        audit.recordChange(me.asActor(), membership.personId(), Change.of("household", membership.householdId(), "HOUSEHOLD_LEFT",
                        "Left household: " + household + " on " + to)
                .withValues(mapOf("to", membership.to() == null ? null : membership.to().toString()),
                        Map.of("householdId", membership.householdId(), "to", to.toString())));
    }

    /** The household behind a membership id (for pages that act on a membership). */
    public Optional<HouseholdView> householdOfMembership(long membershipId) {
        return families.membership(membershipId).map(m -> families.household(m.householdId()));
    }

    // ---- helpers ----

    private static void refuseConflict(String field, String label, Object survivorValue, Object duplicateValue,
                                       PersonRecord duplicate, PersonRecord survivor) {
        if (survivorValue != null && duplicateValue != null && !survivorValue.equals(duplicateValue)) {
            throw new RuleBroken(field, "The two records have different " + label + "s (" + survivor.displayName() + ": " + survivorValue
                    + "; " + duplicate.displayName() + ": " + duplicateValue + "). A manager must correct one before they can be merged.");
        }
    }

    private static Map<String, Object> mapOf(String key, Object value) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(key, value);
        return map;
    }

    private PersonRecord editable(CurrentUser me, long id, String what) {
        PersonRecord person = persons.find(id).orElseThrow(() -> notFound(id));
        requireEditor(me, id, what);
        access.requireView(me, id, what);
        if (person.mergedInto() != null) {
            throw new RuleBroken("mergedInto", "This record was merged into record " + person.mergedInto() + "; change that one");
        }
        return person;
    }

    private void requireEditor(CurrentUser me, Long id, String what) {
        if (!me.role().mayEditPeople()) {
            audit.recordAccessDenied(me.asActor(), id, what);
            throw new NoAccess("Your role (" + me.role().label() + ") may not " + what + ".");
        }
    }

    private static void periodCheck(List<ValidationFailure.FieldError> errors, LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(new ValidationFailure.FieldError("to", "The end date must be the same as or after the start date"));
        }
    }

    private static NotFound notFound(long id) {
        return new NotFound("There is no person " + id + " in the register.");
    }

    private static String article(PersonKind kind) {
        return switch (kind) {
            case CHILD -> "a child";
            case UNBORN -> "an unborn child";
            case ADULT -> "an adult";
        };
    }

    private static Map<String, Object> auditValues(PersonDetails d) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("kind", d.kind().name());
        values.put("givenNames", d.givenNames());
        values.put("familyName", d.familyName());
        values.put("dateOfBirth", d.dateOfBirth() == null ? null : d.dateOfBirth().toString());
        values.put("expectedDeliveryDate", d.expectedDeliveryDate() == null ? null : d.expectedDeliveryDate().toString());
        values.put("sex", d.sex());
        values.put("gender", d.gender());
        values.put("ethnicity", d.ethnicity());
        values.put("nhsNumber", d.nhsNumber());
        values.put("upn", d.upn());
        values.put("firstLanguage", d.firstLanguage());
        values.put("interpreterNeeded", d.interpreterNeeded());
        values.put("disabilities", String.join(",", d.disabilities()));
        return values;
    }

    /** Only the fields that changed: their old values ({@code old = true}) or new ones. */
    private static Map<String, Object> changed(Map<String, Object> before, Map<String, Object> after, boolean old) {
        Map<String, Object> diff = new LinkedHashMap<>();
        for (var e : after.entrySet()) {
            Object was = before.get(e.getKey());
            if (!java.util.Objects.equals(was, e.getValue())) {
                diff.put(e.getKey(), old ? was : e.getValue());
            }
        }
        return diff;
    }
}
