package uk.safeguard.returns.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import uk.safeguard.access.StaffFacts;
import uk.safeguard.assessment.AssessmentFacts;
import uk.safeguard.childinneed.ChildInNeedReports;
import uk.safeguard.conference.ConferenceFacts;
import uk.safeguard.frontdoor.FrontDoorFacts;
import uk.safeguard.frontdoor.FrontDoorFacts.ReferralFact;
import uk.safeguard.people.ChildFacts;
import uk.safeguard.platform.RuleBroken;
import uk.safeguard.platform.TimeConfiguration;
import uk.safeguard.protection.ProtectionFacts;
import uk.safeguard.work.WorkFacts;
import uk.safeguard.work.WorkFacts.CaseFact;

/** Reads the facts a push needs for [from, to] from each module's facts API. */
@Component
public class DfeApiRecordsLoader {
    private final ObjectProvider<FrontDoorFacts> frontDoor;
    private final ObjectProvider<WorkFacts> work;
    private final ObjectProvider<StaffFacts> staff;
    private final ObjectProvider<AssessmentFacts> assessments;
    private final ObjectProvider<ProtectionFacts> protection;
    private final ObjectProvider<ConferenceFacts> conferences;
    private final ObjectProvider<ChildFacts> children;
    private final ChildInNeedReports childInNeed;

    public DfeApiRecordsLoader(ObjectProvider<FrontDoorFacts> frontDoor, ObjectProvider<WorkFacts> work,
                               ObjectProvider<StaffFacts> staff, ObjectProvider<AssessmentFacts> assessments,
                               ObjectProvider<ProtectionFacts> protection, ObjectProvider<ConferenceFacts> conferences,
                               ObjectProvider<ChildFacts> children, ChildInNeedReports childInNeed) {
        this.frontDoor = frontDoor;
        this.work = work;
        this.staff = staff;
        this.assessments = assessments;
        this.protection = protection;
        this.conferences = conferences;
        this.children = children;
        this.childInNeed = childInNeed;
    }

    public DfeApiRecords load(LocalDate from, LocalDate to) {
        List<CaseFact> cases = need(work).cases(from, to);
        // An episode open in the window may have started long before it: read its referral from the earliest opening.
        LocalDate referralsFrom = cases.stream().map(c -> c.openedAt().atZone(TimeConfiguration.LONDON).toLocalDate())
                .min(LocalDate::compareTo).filter(d -> d.isBefore(from)).orElse(from);
        List<ReferralFact> referrals = need(frontDoor).referrals(referralsFrom, to);
        var allocations = need(work).allocations(from, to);
        var assessed = need(assessments).assessments(from, to);
        var cinPlans = childInNeed.plansOpenIn(from, to);
        var s47 = need(protection).section47Enquiries(from, to);
        var held = need(conferences).conferences(referralsFrom, to); // an ICPC may precede the window when its enquiry started before it
        var plans = need(conferences).plans(from, to);
        Set<Long> ids = new TreeSet<>();
        Stream.of(cases.stream().map(CaseFact::childId), referrals.stream().map(ReferralFact::childId),
                assessed.stream().map(a -> a.childId()), cinPlans.stream().map(p -> p.cinpPersonId()),
                s47.stream().map(s -> s.childId()), plans.stream().map(p -> p.childId())).flatMap(s -> s).forEach(ids::add);
        ChildFacts people = need(children);
        return new DfeApiRecords(from, to, cases, referrals, allocations, need(staff).staff(), assessed, cinPlans, s47, held,
                plans, people.characteristics(ids), people.mergedAway());
    }

    private static <T> T need(ObjectProvider<T> provider) {
        T facts = provider.getIfAvailable();
        if (facts == null) {
            throw new RuleBroken("dfe-api-facts-missing",
                    "The record-level facts the DfE API payload is built from are not available in this build yet.");
        }
        return facts;
    }
}
