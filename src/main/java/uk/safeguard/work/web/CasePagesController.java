package uk.safeguard.work.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.platform.DataEntryChecks;
import uk.safeguard.platform.RuleBroken;
import uk.safeguard.platform.TimeConfiguration;
import uk.safeguard.platform.ValidationFailure;
import uk.safeguard.work.AllocationProposal;
import uk.safeguard.work.Allocations;
import uk.safeguard.work.CaseClosure;
import uk.safeguard.work.CaseView;
import uk.safeguard.work.CaseWork;
import uk.safeguard.work.Caseloads;
import uk.safeguard.work.NewCaseNote;
import uk.safeguard.work.NoteType;

/** The case page (allocation, notes, closure) and the caseloads page. Usable without JavaScript. */
@Controller
public class CasePagesController {
    /** Where a rule's message links to on the case page. */
    private static final Map<String, String> ANCHORS = Map.of("proposal", "allocation", "caseClosed", "case-heading");

    private final CaseWork caseWork;
    private final Allocations allocations;
    private final Caseloads caseloads;
    private final Clock clock;
    private final ObjectProvider<DataEntryChecks> dataEntryChecks;

    public CasePagesController(CaseWork caseWork, Allocations allocations, Caseloads caseloads, Clock clock,
                               ObjectProvider<DataEntryChecks> dataEntryChecks) {
        this.caseWork = caseWork;
        this.allocations = allocations;
        this.caseloads = caseloads;
        this.clock = clock;
        this.dataEntryChecks = dataEntryChecks;
    }

    @GetMapping("/cases/{id}")
    String casePage(CurrentUser me, @PathVariable long id, Model model) {
        CaseView view = caseWork.caseView(me, id);
        model.addAttribute("c", view);
        // The CIN census rules this child's record breaks now (returns module), shown where the data is entered.
        model.addAttribute("dataEntryChecks", dataEntryChecks.stream().flatMap(c -> c.check(view.childId()).stream()).toList());
        model.addAttribute("isManager", me.isManager());
        model.addAttribute("isProposedWorker", view.pendingProposal() != null && view.pendingProposal().workerId() == me.id());
        model.addAttribute("workers", allocations.possibleWorkers());
        model.addAttribute("noteTypes", NoteType.values());
        model.addAttribute("closureReasons", caseWork.closureReasons());
        model.addAttribute("today", LocalDate.now(clock.withZone(TimeConfiguration.LONDON)));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        model.addAttribute("errorAnchors", ANCHORS);
        return "work/case";
    }

    @PostMapping("/cases/{id}/allocation-proposal")
    String propose(CurrentUser me, @PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model model) {
        try {
            String worker = WorkForms.one(form, "workerId");
            Long workerId;
            try {
                workerId = worker == null ? null : Long.valueOf(worker);
            } catch (NumberFormatException e) {
                throw new ValidationFailure("workerId", "Choose the worker to lead this case");
            }
            allocations.propose(me, id, workerId, WorkForms.one(form, "handoverNote"));
            return "redirect:/cases/" + id + "?proposed#allocation";
        } catch (ValidationFailure e) {
            return again(me, id, form, model, WorkForms.errors(e.errors()));
        } catch (RuleBroken e) {
            return again(me, id, form, model, Map.of(e.rule(), e.getMessage()));
        }
    }

    @PostMapping("/allocation-proposals/{id}/agree")
    String agree(CurrentUser me, @PathVariable long id, @RequestParam(required = false) String from, Model model) {
        AllocationProposal p = allocations.proposal(id);
        try {
            allocations.agree(me, id);
        } catch (RuleBroken e) {
            return again(me, p.caseId(), new org.springframework.util.LinkedMultiValueMap<>(), model,
                    Map.of(e.rule().equals("workerId") ? "agreement" : e.rule(), e.getMessage()));
        }
        return "tray".equals(from) ? "redirect:/?agreed" : "redirect:/cases/" + p.caseId() + "?agreed";
    }

    @PostMapping("/allocation-proposals/{id}/decline")
    String decline(CurrentUser me, @PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model model) {
        AllocationProposal p = allocations.proposal(id);
        try {
            allocations.decline(me, id, WorkForms.one(form, "declineReason"));
            return "redirect:/?declined";
        } catch (ValidationFailure e) {
            return again(me, p.caseId(), form, model, Map.of("declineReason", e.getMessage()));
        } catch (RuleBroken e) {
            return again(me, p.caseId(), form, model, Map.of(e.rule(), e.getMessage()));
        }
    }

    @PostMapping("/allocation-proposals/{id}/withdraw")
    String withdraw(CurrentUser me, @PathVariable long id, Model model) {
        AllocationProposal p = allocations.proposal(id);
        try {
            allocations.withdraw(me, id);
        } catch (RuleBroken e) {
            return again(me, p.caseId(), new org.springframework.util.LinkedMultiValueMap<>(), model, Map.of(e.rule(), e.getMessage()));
        }
        return "redirect:/cases/" + p.caseId() + "?withdrawn#allocation";
    }

    @PostMapping("/cases/{id}/notes")
    String addNote(CurrentUser me, @PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model model) {
        try {
            String type = WorkForms.one(form, "type");
            NoteType noteType = null;
            if (type != null) {
                try {
                    noteType = NoteType.valueOf(type);
                } catch (IllegalArgumentException e) {
                    throw new ValidationFailure("type", "Choose the type of note");
                }
            }
            LocalDate day = WorkForms.date(form, "occurredAt", "The date it happened");
            LocalTime time = WorkForms.time(WorkForms.one(form, "occurredAtTime"), "occurredAtTime");
            if (day != null && time == null) {
                throw new ValidationFailure("occurredAtTime", "Enter the time it happened, for example 14:30");
            }
            java.time.Instant at = day == null ? null : day.atTime(time).atZone(TimeConfiguration.LONDON).toInstant();
            caseWork.recordNote(me, id, new NewCaseNote(noteType, at, WorkForms.one(form, "text"),
                    "true".equals(form.getFirst("significant")), "true".equals(form.getFirst("notSharedWithFamily")),
                    WorkForms.one(form, "notSharedReason")));
            return "redirect:/cases/" + id + "?noted#notes";
        } catch (ValidationFailure e) {
            return again(me, id, form, model, WorkForms.errors(e.errors()));
        } catch (RuleBroken e) {
            return again(me, id, form, model, Map.of(e.rule(), e.getMessage()));
        }
    }

    @PostMapping("/cases/{id}/closure")
    String close(CurrentUser me, @PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model model) {
        try {
            LocalDate closedAt = WorkForms.date(form, "closedAt", "The date the case closed");
            caseWork.closeCase(me, id, new CaseClosure(closedAt, WorkForms.one(form, "closureReason"),
                    "true".equals(form.getFirst("stepDownToEarlyHelp"))));
            return "redirect:/cases/" + id + "?closed";
        } catch (ValidationFailure e) {
            return again(me, id, form, model, WorkForms.errors(e.errors()));
        } catch (RuleBroken e) {
            return again(me, id, form, model, Map.of(e.rule(), e.getMessage()));
        }
    }

    private String again(CurrentUser me, long caseId, MultiValueMap<String, String> form, Model model, Map<String, String> errors) {
        model.addAttribute("errors", errors);
        model.addAttribute("form", form.toSingleValueMap());
        return casePage(me, caseId, model);
    }

    @GetMapping("/team/caseloads")
    String caseloads(CurrentUser me, Model model) {
        model.addAttribute("caseloads", caseloads.caseloads(me, null));
        model.addAttribute("teamName", me.teamName());
        model.addAttribute("isManager", me.isManager());
        return "work/caseloads";
    }
}
