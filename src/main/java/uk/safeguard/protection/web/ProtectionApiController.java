package uk.safeguard.protection.web;

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
import uk.safeguard.protection.ChildProtectionEnquiries;
import uk.safeguard.protection.ChildProtectionSummary;
import uk.safeguard.protection.ConferenceRequest;
import uk.safeguard.protection.DiscussionWithoutMinimumParticipation;
import uk.safeguard.protection.EmergencyAction;
import uk.safeguard.protection.ImmediateProtection;
import uk.safeguard.protection.NewEmergencyAction;
import uk.safeguard.protection.NewStrategyDiscussion;
import uk.safeguard.protection.ProtectionRequests;
import uk.safeguard.protection.Section47Enquiries;
import uk.safeguard.protection.Section47Enquiry;
import uk.safeguard.protection.StrategyDiscussion;
import uk.safeguard.protection.StrategyDiscussions;

@RestController
@Tag(name = "Child protection enquiries")
public class ProtectionApiController {
    private final ImmediateProtection immediate;
    private final StrategyDiscussions discussions;
    private final Section47Enquiries enquiries;
    private final ChildProtectionEnquiries summary;

    public ProtectionApiController(ImmediateProtection immediate, StrategyDiscussions discussions, Section47Enquiries enquiries,
                                   ChildProtectionEnquiries summary) {
        this.immediate = immediate;
        this.discussions = discussions;
        this.enquiries = enquiries;
        this.summary = summary;
    }

    @PostMapping("/api/children/{id}/emergency-actions")
    @Operation(summary = "Record emergency action (social workers and team managers)",
            description = "`type`: EMERGENCY_PROTECTION_ORDER, POLICE_PROTECTION (ends within 72 hours) or OTHER (with `otherDescription`). "
                    + "`agencyId` from the agencies list; `takenAt` an instant; `householdChildren`: every other child of the child's current "
                    + "household with a note (`{childId, note}`); `perpetratorHousehold`: `{personId | description, note}`; `otherAuthority`: "
                    + "`{name, acceptedOn, acceptedBy}` when the child belongs to another authority. Starts the clock for a strategy "
                    + "discussion as soon as possible (and, for police protection, the 72-hour clock). 400 names the field.")
    public ResponseEntity<EmergencyAction> recordEmergencyAction(CurrentUser me, @PathVariable long id,
                                                                 @RequestBody(required = false) NewEmergencyAction body) {
        EmergencyAction saved = immediate.record(me, id, body);
        return ResponseEntity.created(URI.create("/api/emergency-actions/" + saved.id())).body(saved);
    }

    @GetMapping("/api/emergency-actions/{id}")
    @Operation(summary = "An emergency action")
    public EmergencyAction emergencyAction(CurrentUser me, @PathVariable long id) {
        return immediate.view(me, id);
    }

    @PostMapping("/api/emergency-actions/{id}/end")
    @Operation(summary = "Record when police protection ended",
            description = "`endedAt` an instant. An end more than 72 hours after the start is recorded and flagged (`endedLate`). "
                    + "409 when the action is not police protection or its end is already recorded.")
    public EmergencyAction endPoliceProtection(CurrentUser me, @PathVariable long id,
                                               @RequestBody(required = false) ProtectionRequests.EndPoliceProtection body) {
        return immediate.endPoliceProtection(me, id, body == null ? null : body.endedAt());
    }

    @PostMapping("/api/cases/{caseId}/strategy-discussions")
    @Operation(summary = "Record a strategy discussion on an open case (social workers and team managers)",
            description = "Attendees `{name, agencyId | agencyName + agencyType, role, attended}`; without an LA social worker, health and "
                    + "police attending, `missingAgencyReason` is required. `section47` with `section47Rationale`; `criminalInvestigation` "
                    + "NONE, JOINT or SINGLE_AGENCY (with `criminalLeadAgency`); `withheldFromFamily` needs `withheldReason`. Actions "
                    + "`{what, ownerId, dueOn}` go on the owners' work trays. Deciding a section 47 enquiry starts it (409 naming `caseId` "
                    + "when the case's allocated worker is missing or not a registered social worker).")
    public ResponseEntity<StrategyDiscussion> recordStrategyDiscussion(CurrentUser me, @PathVariable long caseId,
                                                                       @RequestBody(required = false) NewStrategyDiscussion body) {
        StrategyDiscussion saved = discussions.record(me, caseId, body);
        return ResponseEntity.created(URI.create("/api/strategy-discussions/" + saved.id())).body(saved);
    }

    @GetMapping("/api/strategy-discussions/{id}")
    @Operation(summary = "A strategy discussion (partners: only those their agency was part of)")
    public StrategyDiscussion strategyDiscussion(CurrentUser me, @PathVariable long id) {
        return discussions.view(me, id);
    }

    @GetMapping("/api/section-47-enquiries/{id}")
    @Operation(summary = "A section 47 enquiry with its outcome, the referrer's feedback and any requests for a conference")
    public Section47Enquiry section47(CurrentUser me, @PathVariable long id) {
        return enquiries.view(me, id);
    }

    @PostMapping("/api/section-47-enquiries/{id}/outcome")
    @Operation(summary = "Record the outcome of a section 47 enquiry",
            description = "`outcome` NOT_SUBSTANTIATED (with `nextStep` CIN_PLAN, OTHER_SUPPORT or NO_FURTHER_ACTION; cancels the initial "
                    + "conference clock) or SUBSTANTIATED (an initial conference follows); `rationale`; `completedOn`.")
    public Section47Enquiry outcome(CurrentUser me, @PathVariable long id,
                                    @RequestBody(required = false) ProtectionRequests.OutcomeRequest body) {
        return enquiries.recordOutcome(me, id, body);
    }

    @PostMapping("/api/section-47-enquiries/{id}/referrer-told")
    @Operation(summary = "Record that the outcome and rationale were communicated to the referrer",
            description = "When the referrer gave an e-mail address and no other `method` is named, it is sent by e-mail; otherwise "
                    + "`method` (phone, letter, in person...) and, when the referrer is not known, `to` are required.")
    public Section47Enquiry referrerTold(CurrentUser me, @PathVariable long id,
                                         @RequestBody(required = false) ProtectionRequests.ReferrerToldRequest body) {
        return enquiries.referrerTold(me, id, body);
    }

    @PostMapping("/api/section-47-enquiries/{id}/conference-requests")
    @Operation(summary = "A partner agency formally requests a conference (after the LA decided not to hold one)",
            description = "Partners only, for a child linked to their agency. `reasons` required; `requestedOn` defaults to today.")
    public ResponseEntity<ConferenceRequest> requestConference(CurrentUser me, @PathVariable long id,
                                                               @RequestBody(required = false) ProtectionRequests.NewConferenceRequest body) {
        ConferenceRequest saved = enquiries.requestConference(me, id, body);
        return ResponseEntity.created(URI.create("/api/section-47-enquiries/" + id)).body(saved);
    }

    @PostMapping("/api/conference-requests/{id}/response")
    @Operation(summary = "The local authority's response to a request for a conference (team managers)",
            description = "`response` AGREED or DECLINED (with `reason`); `respondedOn` defaults to today.")
    public ConferenceRequest respond(CurrentUser me, @PathVariable long id,
                                     @RequestBody(required = false) ProtectionRequests.ConferenceResponse body) {
        return enquiries.respond(me, id, body);
    }

    @PostMapping("/api/conference-requests/{id}/escalation")
    @Operation(summary = "Record the escalation of a declined request (the requesting agency or a team manager)")
    public ConferenceRequest escalate(CurrentUser me, @PathVariable long id,
                                      @RequestBody(required = false) ProtectionRequests.Escalation body) {
        return enquiries.escalate(me, id, body);
    }

    @GetMapping("/api/children/{id}/protection")
    @Operation(summary = "The child's emergency actions, strategy discussions and section 47 enquiries")
    public ChildProtectionSummary protection(CurrentUser me, @PathVariable long id) {
        return summary.of(me, id);
    }

    @GetMapping("/api/reports/strategy-discussions-without-minimum-participation")
    @Operation(summary = "Strategy discussions held without an LA social worker, health or police (with the recorded reason)",
            description = "`from` and `to` are days (YYYY-MM-DD), both included. Team managers, conference chairs, performance analysts "
                    + "and partnership officers.")
    public List<DiscussionWithoutMinimumParticipation> withoutMinimum(CurrentUser me,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return discussions.withoutMinimumParticipation(me, from, to);
    }
}
