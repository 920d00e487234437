package uk.safeguard.protection.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.frontdoor.FrontDoor;
import uk.safeguard.frontdoor.Referrer;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.people.PersonRecord;
import uk.safeguard.platform.RuleBroken;
import uk.safeguard.platform.ValidationFailure;
import uk.safeguard.protection.ProtectionRequests;
import uk.safeguard.protection.Section47Enquiries;
import uk.safeguard.protection.Section47Enquiry;
import uk.safeguard.protection.Section47NextStep;
import uk.safeguard.protection.Section47Outcome;
import uk.safeguard.platform.DataEntryChecks;
import uk.safeguard.protection.internal.ProtectionAccess;

/**
 * A section 47 enquiry's page: its outcome, the referrer told, a partner's request for a conference, the manager's
 * response and any escalation — each a small form on the same page (no JavaScript).
 */
@Controller
public class Section47PagesController {
    private final Section47Enquiries enquiries;
    private final PeopleRegister people;
    private final FrontDoor frontDoor;
    private final Clock clock;
    private final ObjectProvider<DataEntryChecks> dataEntryChecks;

    public Section47PagesController(Section47Enquiries enquiries, PeopleRegister people, FrontDoor frontDoor, Clock clock,
                                    ObjectProvider<DataEntryChecks> dataEntryChecks) {
        this.enquiries = enquiries;
        this.people = people;
        this.frontDoor = frontDoor;
        this.clock = clock;
        this.dataEntryChecks = dataEntryChecks;
    }

    @GetMapping("/section-47-enquiries/{id}")
    String enquiry(CurrentUser me, @PathVariable long id, Model model) {
        model.addAttribute("errors", Map.of());
        return page(me, id, new LinkedHashMap<>(), model);
    }

    @PostMapping("/section-47-enquiries/{id}/outcome")
    String outcome(CurrentUser me, @PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model model) {
        return attempt(me, id, form, model, f -> f, () -> enquiries.recordOutcome(me, id, new ProtectionRequests.OutcomeRequest(
                ProtectionForms.choice(form, "outcome", Section47Outcome.class), ProtectionForms.choice(form, "nextStep", Section47NextStep.class),
                ProtectionForms.one(form, "rationale"), ProtectionForms.date(form, "completedOn", "completedOn", "The completion date"))), "outcome");
    }

    @PostMapping("/section-47-enquiries/{id}/referrer-told")
    String referrerTold(CurrentUser me, @PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model model) {
        return attempt(me, id, form, model, f -> f.equals("at") ? "toldAt" : f, () -> enquiries.referrerTold(me, id,
                new ProtectionRequests.ReferrerToldRequest(ProtectionForms.one(form, "to"),
                        ProtectionForms.dateTime(form, "toldAt", "at", "The date the referrer was told", clock),
                        ProtectionForms.one(form, "method"))), "referrer-told");
    }

    @PostMapping("/section-47-enquiries/{id}/conference-requests")
    String requestConference(CurrentUser me, @PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model model) {
        return attempt(me, id, form, model, f -> f, () -> enquiries.requestConference(me, id, new ProtectionRequests.NewConferenceRequest(
                ProtectionForms.one(form, "requesterName"),
                ProtectionForms.date(form, "requestedOn", "requestedOn", "The date of the request"),
                ProtectionForms.one(form, "reasons"))), "conference-requested");
    }

    @PostMapping("/conference-requests/{requestId}/response")
    String respond(CurrentUser me, @PathVariable long requestId, @RequestParam MultiValueMap<String, String> form, Model model) {
        long id = enquiries.request(requestId).section47EnquiryId();
        String s = "-" + requestId;
        return attempt(me, id, form, model, f -> f + s, () -> enquiries.respond(me, requestId, new ProtectionRequests.ConferenceResponse(
                ProtectionForms.one(form, "response" + s), ProtectionForms.one(form, "reason" + s),
                ProtectionForms.date(form, "respondedOn" + s, "respondedOn", "The date of the response"))), "responded");
    }

    @PostMapping("/conference-requests/{requestId}/escalation")
    String escalate(CurrentUser me, @PathVariable long requestId, @RequestParam MultiValueMap<String, String> form, Model model) {
        long id = enquiries.request(requestId).section47EnquiryId();
        String s = "-" + requestId;
        return attempt(me, id, form, model, f -> (f.equals("outcome") ? "escalationOutcome" : f) + s, () -> enquiries.escalate(me, requestId,
                new ProtectionRequests.Escalation(ProtectionForms.date(form, "escalatedOn" + s, "escalatedOn", "The date of the escalation"),
                        ProtectionForms.one(form, "escalatedTo" + s), ProtectionForms.one(form, "escalationOutcome" + s))), "escalated");
    }

    /** Runs the change; on bad input or a broken rule the page is shown again with the typed input and the message. */
    private String attempt(CurrentUser me, long id, MultiValueMap<String, String> form, Model model, Function<String, String> toId,
                           Runnable change, String done) {
        try {
            change.run();
            return "redirect:/section-47-enquiries/" + id + "?" + done;
        } catch (ValidationFailure e) {
            ProtectionForms.show(model, e.errors(), toId);
        } catch (RuleBroken e) {
            model.addAttribute("errors", Map.of(toId.apply(e.rule()), e.getMessage()));
        }
        return page(me, id, new LinkedHashMap<>(form.toSingleValueMap()), model);
    }

    private String page(CurrentUser me, long id, Map<String, String> values, Model model) {
        Section47Enquiry e = enquiries.view(me, id);
        boolean recorder = ProtectionAccess.mayRecord(me.role());
        Referrer referrer = e.referralId() == null ? null : frontDoor.referrerOf(e.referralId()).orElse(null);
        values.putIfAbsent("to", referrer == null ? null : referrer.name());
        ProtectionForms.today(values, "completedOn", clock);
        values.putIfAbsent("requesterName", me.displayName());
        model.addAttribute("e", e);
        // The CIN census rules this child's record breaks now (returns module), shown where the data is entered.
        model.addAttribute("dataEntryChecks", dataEntryChecks.stream().flatMap(c -> c.check(e.childId()).stream()).toList());
        model.addAttribute("childName", people.find(e.childId()).map(PersonRecord::displayName).orElse("Child " + e.childId()));
        model.addAttribute("referrer", referrer);
        model.addAttribute("canRecordOutcome", recorder && e.isOpen());
        model.addAttribute("canTellReferrer", recorder && !e.isOpen() && e.referrerTold() == null);
        model.addAttribute("canRequest", me.role().isPartner() && e.outcome() == Section47Outcome.NOT_SUBSTANTIATED);
        model.addAttribute("canRespond", me.isManager());
        model.addAttribute("myAgencyId", me.agencyId());
        model.addAttribute("isPartner", me.role().isPartner());
        model.addAttribute("outcomes", Section47Outcome.values());
        model.addAttribute("nextSteps", new Section47NextStep[] {Section47NextStep.CIN_PLAN, Section47NextStep.OTHER_SUPPORT,
                Section47NextStep.NO_FURTHER_ACTION});
        model.addAttribute("form", values);
        return "protection/section-47-enquiry";
    }
}
