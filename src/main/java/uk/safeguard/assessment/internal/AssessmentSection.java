package uk.safeguard.assessment.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.safeguard.access.Role;
import uk.safeguard.assessment.AssessmentBrief;
import uk.safeguard.assessment.AssessmentStatus;
import uk.safeguard.assessment.Assessments;
import uk.safeguard.frontdoor.ReferralView;
import uk.safeguard.platform.ChildRecordSection;
import uk.safeguard.platform.TimeConfiguration;

/** "Assessments" on the child's page: each assessment with its status and both due dates, and "Start an assessment". */
@Component
public class AssessmentSection implements ChildRecordSection {
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private final Assessments assessments;

    public AssessmentSection(Assessments assessments) {
        this.assessments = assessments;
    }

    @Override
    public Optional<Section> section(long childId, Viewer viewer) {
        Role role = Role.valueOf(viewer.role());
        if (role.isPartner() || role.neverSeesChildRecords()) {
            return Optional.empty();
        }
        // Briefs: one query for all the child's assessments, and one more for the referrals awaiting one.
        List<AssessmentBrief> all = assessments.briefsOfChildUnchecked(childId);
        boolean mayStart = role.isRegisteredSocialWorker() || role.isManager();
        List<ReferralView> awaiting = mayStart ? assessments.awaiting(childId, all) : List.of();
        if (all.isEmpty() && awaiting.isEmpty()) {
            return Optional.empty();
        }
        List<Row> rows = new ArrayList<>();
        for (AssessmentBrief a : all) {
            String value = a.kind().label() + " assessment started " + DAY.format(a.startedOn()) + ": " + a.status().label()
                    + (a.status() == AssessmentStatus.AUTHORISED
                    ? " on " + DAY.format(a.authorisedOn())
                    : a.status() == AssessmentStatus.WITHDRAWN ? ""
                    : "; due " + DAY.format(a.dueByReferral()) + " (WT2023, from the referral) and " + DAY.format(a.dueFromStart())
                    + " (DfE, from the start)" + (a.targetDate() == null ? "" : "; local target " + DAY.format(a.targetDate())));
            rows.add(new Row("Assessment " + a.id(), value, "/assessments/" + a.id()));
        }
        List<Link> links = new ArrayList<>();
        for (ReferralView r : awaiting) {
            links.add(new Link("Start an assessment for the referral of "
                    + DAY.format(r.referralAt().atZone(TimeConfiguration.LONDON)), "/children/" + childId + "/assessments/new?referral=" + r.id()));
        }
        return Optional.of(new Section("assessments", "Assessments", 30, false, rows, links));
    }
}
