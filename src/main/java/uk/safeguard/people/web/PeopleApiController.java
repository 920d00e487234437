package uk.safeguard.people.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.people.HouseholdView;
import uk.safeguard.people.NameType;
import uk.safeguard.people.NewAddress;
import uk.safeguard.people.NewName;
import uk.safeguard.people.NewPerson;
import uk.safeguard.people.NewRelationship;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.people.PersonDetails;
import uk.safeguard.people.PersonKind;
import uk.safeguard.people.PersonRecord;
import uk.safeguard.people.RelationshipType;
import uk.safeguard.people.RelationshipView;
import uk.safeguard.people.SearchCriteria;
import uk.safeguard.people.SearchResult;
import uk.safeguard.platform.ValidationFailure;

/**
 * The people register over JSON. Duplicates: {@code POST /api/people} answers 409 with {@code matches} when
 * likely existing records exist, unless the body says {@code "confirmNoDuplicate": true}. A merged record
 * answers 308 with {@code Location} pointing at the surviving record and {@code mergedInto} in the body.
 */
@RestController
@RequestMapping("/api/people")
@Tag(name = "People", description = "The people register: children (including unborn), adults, names, addresses, relationships, households")
class PeopleApiController {
    private final PeopleRegister register;

    PeopleApiController(PeopleRegister register) {
        this.register = register;
    }

    record PersonBody(String kind, String givenNames, String familyName, String dateOfBirth, String expectedDeliveryDate,
                      String sex, String gender, String ethnicity, String nhsNumber, String upn, String firstLanguage,
                      Boolean interpreterNeeded, List<String> disabilities, AddressBody address, Long version,
                      Boolean confirmNoDuplicate) {
        PersonDetails details() {
            return new PersonDetails(PeopleApiController.kind(kind), givenNames, familyName, Dates.iso("dateOfBirth", dateOfBirth),
                    Dates.iso("expectedDeliveryDate", expectedDeliveryDate), sex, gender, ethnicity, nhsNumber, upn,
                    firstLanguage, Boolean.TRUE.equals(interpreterNeeded), disabilities);
        }
    }

    record AddressBody(String line1, String line2, String town, String postcode, String from, String to) {
        NewAddress toAddress(String prefix) {
            return new NewAddress(line1, line2, town, postcode, Dates.iso(prefix + "from", from), Dates.iso(prefix + "to", to));
        }
    }

    record NameBody(String type, String givenNames, String familyName, String from, String to) {}

    record RelationshipBody(Long relatedPersonId, String type, Boolean parentalResponsibility, String from, String to) {}

    record HouseholdBody(String name, List<Long> memberIds, String from) {}

    record MemberBody(Long personId, String from, String to) {}

    @PostMapping
    @Operation(summary = "Register a person",
            description = "Answers 201 with the new record. If likely existing matches exist (same NHS number, or a close name with the same date of birth) "
                    + "it answers 409 with `matches` instead, unless `confirmNoDuplicate` is true. Roles that may not edit people get 403.")
    ResponseEntity<?> register(CurrentUser me, @RequestBody PersonBody body) {
        PersonDetails details = body.details();
        NewAddress address = body.address() == null ? null : body.address().toAddress("address.");
        if (!Boolean.TRUE.equals(body.confirmNoDuplicate())) {
            List<SearchResult> matches = register.likelyMatches(me, details);
            if (!matches.isEmpty()) {
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("status", 409);
                answer.put("error", "Possible duplicate");
                answer.put("message", "This person may already be registered. Check the matches; to register anyway, send again with \"confirmNoDuplicate\": true.");
                answer.put("matches", matches);
                return ResponseEntity.status(HttpStatus.CONFLICT).body(answer);
            }
        }
        long id = register.register(me, new NewPerson(details, address));
        return ResponseEntity.created(URI.create("/api/people/" + id)).body(register.find(id).orElseThrow());
    }

    @PostMapping("/matches")
    @Operation(summary = "Likely existing records for a person about to be registered (no record is created)")
    List<SearchResult> matches(CurrentUser me, @RequestBody PersonBody body) {
        return register.likelyMatches(me, body.details());
    }

    @GetMapping("/{id}")
    @Operation(summary = "A person's record",
            description = "A record merged into another answers 308 Permanent Redirect with Location /api/people/{survivorId} and body {\"mergedInto\": survivorId}.")
    ResponseEntity<?> get(CurrentUser me, @PathVariable long id) {
        PersonRecord person = register.view(me, id, "person record (API)");
        if (person.mergedInto() != null) {
            return ResponseEntity.status(HttpStatus.PERMANENT_REDIRECT).location(URI.create("/api/people/" + person.mergedInto()))
                    .body(Map.of("mergedInto", person.mergedInto(), "message", "This record was merged into record " + person.mergedInto()));
        }
        return ResponseEntity.ok(person);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a person's details",
            description = "Send every field and the `version` you read. If someone changed the record since, the answer is 409 and nothing is overwritten.")
    PersonRecord update(CurrentUser me, @PathVariable long id, @RequestBody PersonBody body) {
        if (body.version() == null) {
            throw new ValidationFailure("version", "Send the version of the record your change is based on");
        }
        return register.update(me, id, body.version(), body.details());
    }

    @GetMapping("/search")
    @Operation(summary = "Search people",
            description = "By name (tolerates typos, nicknames, sound-alikes; matches aliases and previous names), date of birth (YYYY-MM-DD), NHS number and postcode, in any combination. Ranked, best first; only people you may see.")
    List<SearchResult> search(CurrentUser me, @RequestParam(required = false) String name, @RequestParam(required = false) String dob,
                              @RequestParam(required = false) String nhsNumber, @RequestParam(required = false) String postcode,
                              @RequestParam(defaultValue = "25") int limit) {
        return register.search(me, new SearchCriteria(name, Dates.iso("dob", dob), nhsNumber, postcode, limit));
    }

    @PostMapping("/{id}/names")
    @Operation(summary = "Add an alias (ALIAS) or previous name (PREVIOUS)")
    ResponseEntity<PersonRecord> addName(CurrentUser me, @PathVariable long id, @RequestBody NameBody body) {
        register.addName(me, id, new NewName(enumOf(NameType.class, "type", body.type()), body.givenNames(), body.familyName(),
                Dates.iso("from", body.from()), Dates.iso("to", body.to())));
        return ResponseEntity.status(HttpStatus.CREATED).body(register.find(id).orElseThrow());
    }

    @PostMapping("/{id}/addresses")
    @Operation(summary = "Add an address (with from/to dates; postcode format is checked)")
    ResponseEntity<PersonRecord> addAddress(CurrentUser me, @PathVariable long id, @RequestBody AddressBody body) {
        register.addAddress(me, id, body.toAddress(""));
        return ResponseEntity.status(HttpStatus.CREATED).body(register.find(id).orElseThrow());
    }

    @GetMapping("/{id}/relationships")
    @Operation(summary = "A person's relationships, each read from this person's side")
    List<RelationshipView> relationships(CurrentUser me, @PathVariable long id) {
        register.view(me, id, "relationships (API)");
        return register.relationshipsOf(id);
    }

    @PostMapping("/{id}/relationships")
    @Operation(summary = "Record a relationship",
            description = "`relatedPersonId` is the `type` of this person (e.g. the mother is the PARENT of the child); `parentalResponsibility`: the related person holds it for this person.")
    ResponseEntity<List<RelationshipView>> addRelationship(CurrentUser me, @PathVariable long id, @RequestBody RelationshipBody body) {
        if (body.relatedPersonId() == null) {
            throw new ValidationFailure("relatedPersonId", "Choose the related person");
        }
        register.addRelationship(me, id, new NewRelationship(body.relatedPersonId(), enumOf(RelationshipType.class, "type", body.type()),
                Boolean.TRUE.equals(body.parentalResponsibility()), Dates.iso("from", body.from()), Dates.iso("to", body.to())));
        return ResponseEntity.status(HttpStatus.CREATED).body(register.relationshipsOf(id));
    }

    @GetMapping("/{id}/households")
    @Operation(summary = "The households a person is or was a member of")
    List<HouseholdView> households(CurrentUser me, @PathVariable long id) {
        register.view(me, id, "households (API)");
        return register.householdsOf(id);
    }

    @PostMapping("/households")
    @Operation(summary = "Create a household with its first members")
    ResponseEntity<Map<String, Long>> createHousehold(CurrentUser me, @RequestBody HouseholdBody body) {
        long id = register.createHousehold(me, body.name(), body.memberIds(), Dates.iso("from", body.from()));
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", id));
    }

    @PostMapping("/households/{householdId}/members")
    @Operation(summary = "Add a person to a household (from/to dates)")
    ResponseEntity<Map<String, Long>> addMember(CurrentUser me, @PathVariable long householdId, @RequestBody MemberBody body) {
        if (body.personId() == null) {
            throw new ValidationFailure("personId", "Choose the person joining the household");
        }
        long membership = register.addToHousehold(me, householdId, body.personId(), Dates.iso("from", body.from()), Dates.iso("to", body.to()));
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("membershipId", membership));
    }

    record EndBody(String to) {}

    @PostMapping("/{id}/addresses/{addressId}/end")
    @Operation(summary = "Record that the person moved out of an address on `to` (YYYY-MM-DD; not before they moved in)")
    PersonRecord endAddress(CurrentUser me, @PathVariable long id, @PathVariable long addressId, @RequestBody EndBody body) {
        register.endAddress(me, id, addressId, Dates.iso("to", body.to()));
        return register.find(id).orElseThrow();
    }

    @PostMapping("/households/members/{membershipId}/end")
    @Operation(summary = "End a household membership: the person left on `to` (YYYY-MM-DD; not before they joined)")
    ResponseEntity<Map<String, Object>> endMembership(CurrentUser me, @PathVariable long membershipId, @RequestBody EndBody body) {
        register.endHouseholdMembership(me, membershipId, Dates.iso("to", body.to()));
        return ResponseEntity.ok(Map.of("membershipId", membershipId, "to", body.to()));
    }

    @PostMapping("/{id}/merge-into/{survivorId}")
    @Operation(summary = "Merge a duplicate record into the surviving one (team managers only)",
            description = "Names become the survivor's previous names/aliases; addresses, relationships and households move; the survivor's blank details "
                    + "(NHS number, date of birth, UPN, sex, gender, ethnicity, first language, disabilities) are filled from the duplicate. "
                    + "Two different NHS numbers or dates of birth answer 409 naming the field. The duplicate then redirects (308) to the survivor.")
    PersonRecord merge(CurrentUser me, @PathVariable long id, @PathVariable long survivorId) {
        return register.merge(me, id, survivorId);
    }

    static PersonKind kind(String value) {
        return enumOf(PersonKind.class, "kind", value);
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new ValidationFailure(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
