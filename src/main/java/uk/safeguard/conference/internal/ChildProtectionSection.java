package uk.safeguard.conference.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.safeguard.access.Role;
import uk.safeguard.conference.ChildProtection;
import uk.safeguard.conference.Conference;
import uk.safeguard.conference.Conferences;
import uk.safeguard.conference.CpPlan;
import uk.safeguard.platform.ChildRecordSection;

/** "Child protection" on the child's page: conferences, the open plan with its category, what is due next, links. */
@Component
class ChildProtectionSection implements ChildRecordSection {
    private final Conferences conferences;

    ChildProtectionSection(Conferences conferences) {
        this.conferences = conferences;
    }

    @Override
    public Optional<Section> section(long childId, Viewer viewer) {
        ChildProtection cp = conferences.summaryOf(childId);
        boolean mayRecord = Role.SOCIAL_WORKER.name().equals(viewer.role()) || Role.TEAM_MANAGER.name().equals(viewer.role())
                || Role.CONFERENCE_CHAIR.name().equals(viewer.role());
        if (cp.conferences().isEmpty() && cp.openPlan() == null && cp.conferenceDue().isEmpty() && !mayRecord) {
            return Optional.empty();
        }
        List<Row> rows = new ArrayList<>();
        for (CpPlan.NextDue due : cp.conferenceDue()) {
            rows.add(new Row(due.what() + " due", due.dueDate() + " (" + due.status() + ")", null));
        }
        CpPlan plan = cp.openPlan();
        if (plan != null) {
            rows.add(new Row("Child protection plan", "Since " + plan.startedOn() + ": " + plan.latestCategoryDescription()
                    + (plan.secondOrSubsequent() ? " (second or subsequent plan)" : ""), "/cp-plans/" + plan.id()));
            for (CpPlan.NextDue due : plan.nextDue()) {
                rows.add(new Row(due.what() + " due", due.dueDate() + " (" + due.status() + ")", null));
            }
        } else if (!cp.plans().isEmpty()) {
            ChildProtection.PlanSummary last = cp.plans().get(0);
            rows.add(new Row("Last child protection plan", last.startedOn() + " to " + last.endedOn(), "/cp-plans/" + last.id()));
        }
        for (Conference c : cp.conferences().stream().limit(5).toList()) {
            rows.add(new Row(c.kindLabel(), c.scheduledAt().toLocalDate() + (c.held() ? " (held)" : " (scheduled)"), "/conferences/" + c.id()));
        }
        List<Link> links = new ArrayList<>();
        if (mayRecord) {
            links.add(new Link("Schedule a child protection conference", "/children/" + childId + "/conferences/new"));
        }
        if (plan != null) {
            links.add(new Link("Open the child protection plan", "/cp-plans/" + plan.id()));
        }
        return Optional.of(new Section("child-protection", "Child protection", 40, false, rows, links));
    }
}
