package uk.safeguard.childinneed.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.safeguard.access.Role;
import uk.safeguard.childinneed.ChildInNeedPlans;
import uk.safeguard.childinneed.CinPlanSummary;
import uk.safeguard.platform.ChildRecordSection;
import uk.safeguard.work.CaseKind;
import uk.safeguard.work.CaseWork;
import uk.safeguard.work.OpenCase;

/**
 * "Child in need plan" on the child's page: the open plan with its next review due and last visit, and "Start a child
 * in need plan" for an open child-in-need case without one (for those who may record).
 */
@Component
public class CinPlanSection implements ChildRecordSection {
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    private final ChildInNeedPlans plans;
    private final CaseWork caseWork;

    public CinPlanSection(ChildInNeedPlans plans, CaseWork caseWork) {
        this.plans = plans;
        this.caseWork = caseWork;
    }

    @Override
    public Optional<Section> section(long childId, Viewer viewer) {
        List<CinPlanSummary> all = plans.summaries(childId);
        // A child has one plan at a time (ssd_cin_plans.yml): offer a start only when none is open (the cases are read only then).
        List<Long> withoutPlan = all.stream().anyMatch(CinPlanSummary::open) ? List.of()
                : plans.casesWithoutOpenPlan(caseWork.openCasesFor(childId).stream()
                        .filter(c -> c.kind() == CaseKind.CHILD_IN_NEED).map(OpenCase::id).toList());
        if (all.isEmpty() && withoutPlan.isEmpty()) {
            return Optional.empty();
        }
        List<Row> rows = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (CinPlanSummary p : all) {
            if (!p.open()) {
                continue;
            }
            String href = "/cin-plans/" + p.id();
            rows.add(new Row("Plan", "Started " + DAY.format(p.startDate()), href));
            rows.add(new Row("Next review due", p.nextReviewDue() == null ? "Not known" : DAY.format(p.nextReviewDue()), null));
            rows.add(new Row("Last visit", p.lastVisit() == null ? "None recorded" : DAY_TIME.format(p.lastVisit()), null));
            links.add(new Link("Open the child in need plan", href));
        }
        long ended = all.stream().filter(p -> !p.open()).count();
        if (ended > 0) {
            rows.add(new Row("Ended plans", String.valueOf(ended), null));
        }
        boolean mayRecord = ChildInNeedPlans.mayRecord(role(viewer.role()));
        if (mayRecord) {
            withoutPlan.forEach(caseId -> links.add(new Link("Start a child in need plan", "/cases/" + caseId + "/cin-plan/new")));
        }
        if (rows.isEmpty() && links.isEmpty()) {
            return Optional.empty();
        }
        if (rows.isEmpty()) {
            rows.add(new Row("Plan", "No child in need plan in the open child-in-need case", null));
        }
        return Optional.of(new Section("child-in-need-plan", "Child in need plan", 40, false, rows, links));
    }

    private static Role role(String name) {
        try {
            return Role.valueOf(name);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
