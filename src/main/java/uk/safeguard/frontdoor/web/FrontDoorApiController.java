package uk.safeguard.frontdoor.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.frontdoor.Consultation;
import uk.safeguard.frontdoor.ContactChild;
import uk.safeguard.frontdoor.ContactRecorded;
import uk.safeguard.frontdoor.ContactView;
import uk.safeguard.frontdoor.DecisionRequest;
import uk.safeguard.frontdoor.FrontDoor;
import uk.safeguard.frontdoor.FrontDoorReports;
import uk.safeguard.frontdoor.FrontDoorSummary;
import uk.safeguard.frontdoor.NewConsultation;
import uk.safeguard.frontdoor.NewContact;
import uk.safeguard.frontdoor.NewPartnerCheck;
import uk.safeguard.frontdoor.NextStepsRequest;
import uk.safeguard.frontdoor.PartnerCheck;
import uk.safeguard.frontdoor.QueueItem;
import uk.safeguard.frontdoor.ReferralView;
import uk.safeguard.frontdoor.Screening;
import uk.safeguard.frontdoor.ThresholdDocument;
import uk.safeguard.platform.ValidationFailure;

@RestController
@Tag(name = "Front door (MASH)")
public class FrontDoorApiController {
    private final FrontDoor frontDoor;
    private final FrontDoorReports reports;

    public FrontDoorApiController(FrontDoor frontDoor, FrontDoorReports reports) {
        this.frontDoor = frontDoor;
        this.reports = reports;
    }

    @PostMapping("/api/front-door/contacts")
    @Operation(summary = "Record a contact (MASH staff, partner practitioners, system feeds)",
            description = "Each child is `{personId}` or `{givenNames, familyName, dateOfBirth, registerAsNew}`; details are matched to "
                    + "the register (a likely match with the same date of birth is taken, `matched: AUTOMATIC`) or registered. A child "
                    + "with an open child-in-need, child-protection or early-help case is routed to that case as a case note plus a task "
                    + "for the allocated worker (`status: ROUTED_TO_OPEN_CASE`); others join the MASH queue (`status: OPEN`). "
                    + "`sourceCode` is a CIN referral source code (1A-10). 400 names the field.")
    public ResponseEntity<ContactRecorded> record(CurrentUser me, @RequestBody(required = false) NewContact contact) {
        if (contact == null) {
            throw new ValidationFailure("body", "Send the contact as JSON");
        }
        ContactRecorded recorded = frontDoor.record(me, contact);
        return ResponseEntity.created(URI.create("/api/front-door/contacts/" + recorded.contactId())).body(recorded);
    }

    @GetMapping("/api/front-door/contacts/{id}")
    @Operation(summary = "A contact with each child's screening and decision")
    public ContactView contact(CurrentUser me, @PathVariable long id) {
        return frontDoor.contact(me, id);
    }

    @GetMapping("/api/front-door/queue")
    @Operation(summary = "The MASH queue: open contacts, oldest first, with the 24-hour decision (or hold) clock",
            description = "`rag`: red (overdue), amber (due within 4 hours) or green, with `ragLabel` in words. Filters: team (id), source (code), level (1-4).")
    public List<QueueItem> queue(CurrentUser me, @RequestParam(required = false) Long team,
                                 @RequestParam(required = false) String source, @RequestParam(required = false) Integer level) {
        return frontDoor.queue(me, team, source, level);
    }

    @GetMapping("/api/front-door/threshold")
    @Operation(summary = "The current threshold document (levels of need and their indicators)")
    public ThresholdDocument threshold() {
        return frontDoor.currentThreshold();
    }

    @GetMapping("/api/front-door/threshold/{id}")
    @Operation(summary = "A version of the threshold document (old screenings keep the version they were judged against)")
    public ThresholdDocument threshold(@PathVariable long id) {
        return frontDoor.threshold(id);
    }

    @PostMapping("/api/front-door/contacts/{id}/children/{childId}/screening")
    @Operation(summary = "Record the level of need (1-4) for a child on a contact: a professional judgement with indicators and rationale",
            description = "Social workers and team managers. `indicators` are codes of the current threshold document.")
    public ContactChild screen(CurrentUser me, @PathVariable long id, @PathVariable long childId, @RequestBody(required = false) Screening screening) {
        return frontDoor.screen(me, id, childId, screening);
    }

    @PostMapping("/api/front-door/contacts/{id}/children/{childId}/decision")
    @Operation(summary = "The manager's decision for a child on a contact (team managers only; others 403)",
            description = "`decision`: ADVICE_AND_INFORMATION, SIGNPOSTED (detail: to what), CONSULTATION_ARRANGED, HELD_IN_MASH (24 hours at most), "
                    + "PASSED_TO_EARLY_HELP (levels 2-3), REFERRAL_ACCEPTED (primaryNeed N0-N9), NO_FURTHER_ACTION (otherSupport, familyInformed or "
                    + "familyNotInformedReason). 409 when already decided.")
    public ContactChild decide(CurrentUser me, @PathVariable long id, @PathVariable long childId, @RequestBody(required = false) DecisionRequest decision) {
        return frontDoor.decide(me, id, childId, decision);
    }

    @PostMapping("/api/front-door/contacts/{id}/children/{childId}/match")
    @Operation(summary = "Correct the child on an undecided contact (MASH staff): another register record or a new registration",
            description = "Body `{personId}` for another record, or `{givenNames, familyName, dateOfBirth}` to register a new child. "
                    + "The contact's clocks move to the right child; both records are audited. 409 once decided.")
    public ContactChild correctMatch(CurrentUser me, @PathVariable long id, @PathVariable long childId,
                                     @RequestBody(required = false) uk.safeguard.frontdoor.ChildOnContact body) {
        return frontDoor.correctMatch(me, id, childId, body == null ? null : body.personId(), body);
    }

    @GetMapping("/api/front-door/referrals/{id}")
    @Operation(summary = "A referral: date, source, primary need, re-referral flag, acknowledgement and next steps")
    public ReferralView referral(CurrentUser me, @PathVariable long id) {
        return frontDoor.referral(me, id);
    }

    public record Acknowledgement(String how) {}

    @PostMapping("/api/front-door/referrals/{id}/acknowledgement")
    @Operation(summary = "Record that the referrer was acknowledged (when no email was sent automatically)")
    public ReferralView acknowledge(CurrentUser me, @PathVariable long id, @RequestBody(required = false) Acknowledgement body) {
        return frontDoor.acknowledge(me, id, body == null ? null : body.how());
    }

    @PostMapping("/api/front-door/referrals/{id}/next-steps")
    @Operation(summary = "The manager's next-steps decision within one working day (WT2023 para 153)")
    public ReferralView nextSteps(CurrentUser me, @PathVariable long id, @RequestBody(required = false) NextStepsRequest body) {
        return frontDoor.decideNextSteps(me, id, body);
    }

    @PostMapping("/api/front-door/contacts/{id}/partner-checks")
    @Operation(summary = "Record a MASH partner check (what an agency holds)")
    public ResponseEntity<PartnerCheck> addCheck(CurrentUser me, @PathVariable long id, @RequestBody(required = false) NewPartnerCheck body) {
        if (body == null) {
            throw new ValidationFailure("body", "Send the check as JSON");
        }
        return ResponseEntity.status(201).body(frontDoor.addPartnerCheck(me, id, body));
    }

    @GetMapping("/api/front-door/contacts/{id}/partner-checks")
    @Operation(summary = "MASH partner checks on a contact (MASH staff and the decision maker only)")
    public List<PartnerCheck> checks(CurrentUser me, @PathVariable long id) {
        return frontDoor.partnerChecks(me, id);
    }

    @PostMapping("/api/front-door/consultations")
    @Operation(summary = "Record a consultation with a MASH social worker (social workers and managers only)")
    public ResponseEntity<Consultation> consult(CurrentUser me, @RequestBody(required = false) NewConsultation body) {
        Consultation c = frontDoor.recordConsultation(me, body);
        return ResponseEntity.created(URI.create("/api/front-door/consultations/" + c.id())).body(c);
    }

    @GetMapping("/api/front-door/consultations/{id}")
    public Consultation consultation(CurrentUser me, @PathVariable long id) {
        return frontDoor.consultation(me, id);
    }

    @GetMapping("/api/front-door/summary")
    @Operation(summary = "Front-door figures for contacts and referrals received between from and to (inclusive dates)")
    public FrontDoorSummary summary(CurrentUser me, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return reports.summary(me, from, to);
    }
}
