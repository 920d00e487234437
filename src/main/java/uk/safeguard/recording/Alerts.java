package uk.safeguard.recording;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguard.access.ChildAccess;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.audit.AuditTrail;
import uk.safeguard.audit.AuditTrail.Change;
import uk.safeguard.people.HouseholdView;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.people.PersonKind;
import uk.safeguard.people.PersonRecord;
import uk.safeguard.platform.NotFound;
import uk.safeguard.platform.RuleBroken;
import uk.safeguard.platform.TimeConfiguration;
import uk.safeguard.platform.ValidationFailure;
import uk.safeguard.recording.internal.AlertRepository;
import uk.safeguard.recording.internal.RecordingRoles;

/**
 * Alerts and labels on a person (child or adult). Each carries its evidence, who raised it and when, and a review
 * date; it can be retired with a reason and stays in the history; contrary evidence is kept with it and shown beside
 * it wherever it is shown. Families told the Families' Commission that labels stayed on file without evidence and
 * "despite independent evidence to the contrary" (seeds 003 lines 2200-2213, 2294; DOMAIN.md section 8: "labels and
 * alerts carry evidence and a review date").
 *
 * <p>Audit: an alert is a change to the person's own record, recorded under the person's id exactly as the people
 * register records changes to a child or an adult, so an adult's alerts appear in that adult's trail.
 */
@Service
public class Alerts {
    private final AlertRepository alerts;
    private final PeopleRegister people;
    private final ChildAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    public Alerts(AlertRepository alerts, PeopleRegister people, ChildAccess access, AuditTrail audit, Clock clock) {
        this.alerts = alerts;
        this.people = people;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public AlertView raise(CurrentUser me, long personId, NewAlert a) {
        PersonRecord person = person(personId);
        requireMayWrite(me, personId, "alert on person " + personId);
        LocalDate today = today();
        List<ValidationFailure.FieldError> errors = new ArrayList<>();
        if (a.labelType() == null) {
            errors.add(new ValidationFailure.FieldError("labelType", "Choose the type of alert"));
        }
        String description = blankToNull(a.description());
        if (a.labelType() == LabelType.OTHER && description == null) {
            errors.add(new ValidationFailure.FieldError("description", "Describe the alert: 'Other' needs a description"));
        }
        String evidence = blankToNull(a.evidence());
        if (evidence == null) {
            // a label without evidence is what families asked us to stop (seeds 003 line 2200)
            errors.add(new ValidationFailure.FieldError("evidence", "Enter the evidence for the alert: what was seen, said or found, by whom and when"));
        }
        LocalDate raisedOn = a.raisedOn() == null ? today : a.raisedOn();
        if (raisedOn.isAfter(today)) {
            errors.add(new ValidationFailure.FieldError("raisedOn", "The date the alert was raised must be today or in the past"));
        }
        if (a.reviewDate() == null) {
            errors.add(new ValidationFailure.FieldError("reviewDate", "Enter a review date: every alert is reviewed (DOMAIN.md section 8)"));
        } else if (!a.reviewDate().isAfter(raisedOn)) {
            errors.add(new ValidationFailure.FieldError("reviewDate", "The review date must be after the date the alert was raised (" + raisedOn + ")"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailure(errors);
        }
        String stored = a.labelType() == LabelType.OTHER || description != null ? description : null;
        long id = alerts.insert(personId, a.labelType(), stored, evidence, raisedOn, a.reviewDate(), me.id(), me.describe(), clock.instant());
        AlertView view = alerts.find(id, today).orElseThrow();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("label", view.label());
        after.put("evidence", evidence);
        after.put("raisedOn", raisedOn.toString());
        after.put("reviewDate", a.reviewDate().toString());
        audit.recordChange(me.asActor(), personId, Change.of("alert", id, "ALERT_RAISED",
                "Alert raised on " + person.displayName() + ": " + view.label() + " (review by " + a.reviewDate() + ")")
                .withValues(null, after));
        return view;
    }

    @Transactional
    public AlertView retire(CurrentUser me, long alertId, String reason) {
        AlertView alert = find(alertId);
        requireMayWrite(me, alert.personId(), "retire alert " + alertId);
        String why = blankToNull(reason);
        if (why == null) {
            throw new ValidationFailure("reason", "Enter the reason for retiring the alert");
        }
        if (!alerts.retire(alertId, clock.instant(), me.describe(), why)) {
            throw new RuleBroken("alertRetired", "Alert " + alertId + " is already retired");
        }
        audit.recordChange(me.asActor(), alert.personId(), Change.of("alert", alertId, "ALERT_RETIRED",
                "Alert retired: " + alert.label() + ". Reason: " + why)
                .withValues(Map.of("active", true), Map.of("active", false, "reason", why)));
        return find(alertId);
    }

    @Transactional
    public AlertView addContraryEvidence(CurrentUser me, long alertId, NewContraryEvidence c) {
        AlertView alert = find(alertId);
        requireMayWrite(me, alert.personId(), "contrary evidence on alert " + alertId);
        LocalDate today = today();
        List<ValidationFailure.FieldError> errors = new ArrayList<>();
        String givenBy = blankToNull(c.givenBy());
        if (givenBy == null) {
            errors.add(new ValidationFailure.FieldError("givenBy", "Enter who gave the evidence, for example 'the mother' or 'GP'"));
        }
        String evidence = blankToNull(c.evidence());
        if (evidence == null) {
            errors.add(new ValidationFailure.FieldError("evidence", "Enter the contrary evidence"));
        }
        LocalDate givenOn = c.givenOn() == null ? today : c.givenOn();
        if (givenOn.isAfter(today)) {
            errors.add(new ValidationFailure.FieldError("givenOn", "The date of the evidence must be today or in the past"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailure(errors);
        }
        long id = alerts.insertContrary(alertId, givenBy, evidence, givenOn, me.describe(), clock.instant());
        audit.recordChange(me.asActor(), alert.personId(), Change.of("alert_contrary_evidence", id, "ALERT_CONTESTED",
                "Contrary evidence on alert '" + alert.label() + "' from " + givenBy + ": " + evidence)
                .withValues(null, Map.of("alertId", alertId, "givenBy", givenBy, "evidence", evidence, "givenOn", givenOn.toString())));
        return find(alertId);
    }

    /** A person's alerts, active then retired; needs access to the person's record (logged as a view). */
    public List<AlertView> alertsOn(CurrentUser me, long personId) {
        person(personId);
        access.requireView(me, personId, "alerts");
        audit.recordView(me.asActor(), personId, "alerts");
        return alerts.ofPeople(List.of(personId), today());
    }

    public AlertView alert(CurrentUser me, long alertId) {
        AlertView alert = find(alertId);
        access.requireView(me, alert.personId(), "alert " + alertId);
        return alert;
    }

    /** Whether this user may raise, retire and contest alerts on this person. */
    public boolean mayWrite(CurrentUser me, long personId) {
        return RecordingRoles.isLaPractitioner(me) && access.canView(me, personId);
    }

    /** Active alerts on these people (no access check: for the child's page, which has checked it). */
    public List<AlertView> activeAlertsOn(Collection<Long> personIds) {
        return alerts.ofPeople(personIds, today()).stream().filter(AlertView::active).toList();
    }

    /** The adults in the child's current households (the people whose alerts matter to a visit). */
    public Set<Long> householdAdults(long childId) {
        LocalDate today = today();
        Set<Long> adults = new LinkedHashSet<>();
        for (HouseholdView h : people.householdsOf(childId)) {
            boolean childLivesThere = h.members().stream().anyMatch(m -> m.person().id() == childId && current(m, today));
            if (!childLivesThere) {
                continue;
            }
            h.members().stream().filter(m -> current(m, today) && m.person().kind() == PersonKind.ADULT)
                    .forEach(m -> adults.add(m.person().id()));
        }
        return adults;
    }

    private static boolean current(HouseholdView.Member m, LocalDate today) {
        return (m.from() == null || !m.from().isAfter(today)) && (m.to() == null || !m.to().isBefore(today));
    }

    private void requireMayWrite(CurrentUser me, long personId, String what) {
        // LA practitioners and managers raise and retire; partners only read (for children linked to them)
        if (!RecordingRoles.isLaPractitioner(me)) {
            throw audit.refuse(me.asActor(), personId, what,
                    "Only local-authority practitioners and managers may raise, retire or contest alerts.");
        }
        access.requireView(me, personId, what);
    }

    private AlertView find(long alertId) {
        return alerts.find(alertId, today()).orElseThrow(() -> new NotFound("There is no alert " + alertId));
    }

    private PersonRecord person(long personId) {
        return people.find(personId).orElseThrow(() -> new NotFound("There is no person " + personId));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TimeConfiguration.LONDON));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
