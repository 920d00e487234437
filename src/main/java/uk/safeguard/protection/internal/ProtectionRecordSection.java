package uk.safeguard.protection.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.safeguard.access.Role;
import uk.safeguard.platform.ChildRecordSection;
import uk.safeguard.protection.ChildProtectionEnquiries;
import uk.safeguard.protection.ChildProtectionSummary;
import uk.safeguard.protection.EmergencyAction;
import uk.safeguard.protection.Section47Enquiry;
import uk.safeguard.protection.StrategyDiscussion;
import uk.safeguard.work.CaseWork;
import uk.safeguard.work.OpenCase;

/** "Child protection enquiries" on the child's page: emergency action, strategy discussions, section 47 enquiries. */
@Component
public class ProtectionRecordSection implements ChildRecordSection {
    private final ChildProtectionEnquiries enquiries;
    private final CaseWork caseWork;

    public ProtectionRecordSection(ChildProtectionEnquiries enquiries, CaseWork caseWork) {
        this.enquiries = enquiries;
        this.caseWork = caseWork;
    }

    @Override
    public Optional<Section> section(long childId, Viewer viewer) {
        Role role = Role.valueOf(viewer.role());
        ChildProtectionSummary summary = enquiries.summary(childId, role.isPartner() ? viewer.agencyId() : null);
        List<Row> rows = new ArrayList<>();
        for (EmergencyAction a : summary.emergencyActions()) {
            String ended = a.policeProtectionEndedAt() == null ? ""
                    : "; ended " + Shown.moment(a.policeProtectionEndedAt()) + (Boolean.TRUE.equals(a.endedLate()) ? " (after more than 72 hours)" : "");
            rows.add(new Row("Emergency action", a.typeLabel() + " by " + a.agencyName() + ", " + Shown.moment(a.takenAt()) + ended
                    + (a.followedByStrategyDiscussionId() == null ? "; no strategy discussion yet" : ""), "/emergency-actions/" + a.id()));
        }
        for (StrategyDiscussion d : summary.strategyDiscussions()) {
            rows.add(new Row("Strategy discussion", Shown.moment(d.heldAt()) + ": section 47 enquiry " + (d.section47() ? "to be made" : "not to be made")
                    + (d.minimumParticipation() ? "" : "; without " + String.join(", ", d.missingAgencies())), "/strategy-discussions/" + d.id()));
        }
        for (Section47Enquiry e : summary.section47Enquiries()) {
            rows.add(new Row("Section 47 enquiry", "Started " + Shown.moment(e.startedAt()) + ", led by " + e.leadWorkerName() + ": "
                    + (e.isOpen() ? "open" : "completed " + Shown.day(e.completedOn()) + " — " + e.outcome().label().toLowerCase()
                    + "; " + e.nextStep().label().toLowerCase()), "/section-47-enquiries/" + e.id()));
        }
        List<Link> links = new ArrayList<>();
        if (ProtectionAccess.mayRecord(role)) {
            links.add(new Link("Record emergency action", "/children/" + childId + "/emergency-actions/new"));
            List<OpenCase> open = caseWork.openCasesFor(childId);
            for (OpenCase c : open) {
                links.add(new Link(open.size() == 1 ? "Record a strategy discussion"
                        : "Record a strategy discussion (" + c.kind().label().toLowerCase() + " case " + c.id() + ")",
                        "/cases/" + c.id() + "/strategy-discussions/new"));
            }
        }
        if (rows.isEmpty() && links.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Section("protection", "Child protection enquiries", 40, false, rows, links));
    }
}
