package uk.safeguard.assessment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.assessment.Assessment;
import uk.safeguard.assessment.AssessmentParts;
import uk.safeguard.assessment.Assessments;
import uk.safeguard.assessment.Authorisation;
import uk.safeguard.assessment.InformationResponse;
import uk.safeguard.assessment.NewChildSeen;
import uk.safeguard.assessment.NewInformationRequest;
import uk.safeguard.assessment.ReturnToWorker;
import uk.safeguard.assessment.StartAssessment;
import uk.safeguard.assessment.Submission;
import uk.safeguard.platform.ValidationFailure;

@RestController
@Tag(name = "Child and family assessment")
public class AssessmentApiController {
    private final Assessments assessments;

    public AssessmentApiController(Assessments assessments) {
        this.assessments = assessments;
    }

    @PostMapping("/api/referrals/{referralId}/assessment")
    @Operation(summary = "Start the single assessment of a referral (registered social workers, team managers)",
            description = "`startDate` (default today) not before the referral nor in the future; `targetDate` (team managers only) the local "
                    + "target, not later than the 45th working day from the referral (WT2023 para 155) nor before the start. 409 if the referral "
                    + "already has its assessment. Starts the DfE-measure clock.")
    public ResponseEntity<Assessment> start(CurrentUser me, @PathVariable long referralId, @RequestBody(required = false) StartAssessment in) {
        Assessment a = assessments.start(me, referralId, in);
        return ResponseEntity.created(URI.create("/api/assessments/" + a.id())).body(a);
    }

    @GetMapping("/api/assessments/{id}")
    @Operation(summary = "An assessment with every part, its status and both due dates (the view is logged)")
    public Assessment assessment(CurrentUser me, @PathVariable long id) {
        return assessments.assessment(me, id);
    }

    @PutMapping("/api/assessments/{id}")
    @Operation(summary = "Change parts of an assessment: only the fields sent change (a blank text clears it)",
            description = "`factors`: CIN codes (`GET /api/assessments/factors`), 21 only on its own; `outcome`: NO_FURTHER_ACTION, "
                    + "ADVICE_OR_EXISTING_SERVICES, CHILD_IN_NEED_PLAN, EARLY_HELP, STRATEGY_DISCUSSION, REQUEST_TO_BECOME_LOOKED_AFTER, OTHER "
                    + "(with `outcomeDetails`); `otherChildren`: `[{childId, note}]` for the children of the child's current households; "
                    + "`consentGivenBy` + `consentDate`. 409 once authorised.")
    public Assessment update(CurrentUser me, @PathVariable long id, @RequestBody(required = false) AssessmentParts parts) {
        return assessments.update(me, id, parts);
    }

    @GetMapping("/api/assessments/factors")
    @Operation(summary = "Factors identified at the end of assessment (CIN census codes)")
    public Map<String, String> factors() {
        return assessments.factorCodes();
    }

    @PostMapping("/api/assessments/{id}/child-seen")
    @Operation(summary = "Record that the child was seen: `seenOn`, `seenAlone`, `othersPresent` (needed when not alone)")
    public Assessment childSeen(CurrentUser me, @PathVariable long id, @RequestBody(required = false) NewChildSeen in) {
        return assessments.recordChildSeen(me, id, in);
    }

    @PostMapping("/api/assessments/{id}/information-requests")
    @Operation(summary = "Record a request for information to another agency",
            description = "Outside a section 47 enquiry the parents' consent must be recorded first (seeds 003 line 1697): otherwise "
                    + "`consentOverrideReason` is needed (400 naming `consent`).")
    public Assessment informationRequest(CurrentUser me, @PathVariable long id, @RequestBody(required = false) NewInformationRequest in) {
        return assessments.requestInformation(me, id, in);
    }

    @PostMapping("/api/assessments/{id}/information-requests/{requestId}/response")
    @Operation(summary = "Record the agency's response to an information request: `response`, `respondedOn`")
    public Assessment informationResponse(CurrentUser me, @PathVariable long id, @PathVariable long requestId,
                                          @RequestBody(required = false) InformationResponse in) {
        return assessments.recordInformationResponse(me, id, requestId, in);
    }

    @PostMapping("/api/assessments/{id}/submission")
    @Operation(summary = "Submit for authorisation (needs analysis, factors, outcome, the child seen or `notSeenReason`; "
            + "`lateReason` after the 45th working day from the referral)")
    public Assessment submit(CurrentUser me, @PathVariable long id, @RequestBody(required = false) Submission in) {
        return assessments.submit(me, id, in);
    }

    @PostMapping("/api/assessments/{id}/authorisation")
    @Operation(summary = "Authorise (team managers): `authorisedOn` (default today), `lateReason` if after the 45th working day from "
            + "the referral, `notSeenReason` if the child was not seen. Stops both assessment clocks.")
    public Assessment authorise(CurrentUser me, @PathVariable long id, @RequestBody(required = false) Authorisation in) {
        return assessments.authorise(me, id, in);
    }

    @PostMapping("/api/assessments/{id}/return")
    @Operation(summary = "Return a submitted assessment to the worker with a `comment` (team managers)")
    public Assessment returnToWorker(CurrentUser me, @PathVariable long id, @RequestBody(required = false) ReturnToWorker in) {
        if (in == null) {
            throw new ValidationFailure("comment", "Say what the worker needs to do");
        }
        return assessments.returnToWorker(me, id, in);
    }

    @GetMapping("/api/children/{id}/assessments")
    @Operation(summary = "The child's assessments, oldest first (the view is logged)")
    public List<Assessment> ofChild(CurrentUser me, @PathVariable long id) {
        return assessments.assessmentsOfChild(me, id);
    }
}
