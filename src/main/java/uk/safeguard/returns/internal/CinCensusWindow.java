package uk.safeguard.returns.internal;

import java.time.Instant;
import java.time.LocalDate;
import uk.safeguard.assessment.AssessmentFacts;
import uk.safeguard.assessment.AssessmentFacts.AssessmentFact;
import uk.safeguard.childinneed.ChildInNeedReports;
import uk.safeguard.childinneed.ChildInNeedReports.SsdCinPlan;
import uk.safeguard.conference.ConferenceFacts;
import uk.safeguard.conference.ConferenceFacts.ConferenceFact;
import uk.safeguard.conference.ConferenceFacts.CpPlanFact;
import uk.safeguard.frontdoor.FrontDoorFacts;
import uk.safeguard.frontdoor.FrontDoorFacts.ReferralFact;
import uk.safeguard.platform.TimeConfiguration;
import uk.safeguard.protection.ProtectionFacts;
import uk.safeguard.protection.ProtectionFacts.Section47Fact;
import uk.safeguard.work.WorkFacts;
import uk.safeguard.work.WorkFacts.AllocationFact;
import uk.safeguard.work.WorkFacts.CaseFact;

/**
 * A London date window [from, to] (both inclusive) applied to one child's facts, exactly as each facts API's range read
 * selects them (each method names the range read it mirrors), so that a child's census record built from the per-child
 * reads is the one the whole-authority return builds. A missing date never falls in a window (SQL compares null to
 * nothing).
 */
public record CinCensusWindow(LocalDate from, LocalDate to) {

    /** As {@link FrontDoorFacts#referrals}: referred on a London date in the window. */
    public boolean referred(ReferralFact r) {
        return within(london(r.referralAt()));
    }

    /** As {@link WorkFacts#cases}: opened on or before {@code to}, not closed before {@code from}. */
    public boolean open(CaseFact c) {
        LocalDate opened = london(c.openedAt());
        LocalDate closed = london(c.closedAt());
        return opened != null && !opened.isAfter(to) && (c.closedAt() == null || !closed.isBefore(from));
    }

    /** As {@link WorkFacts#allocations} (for a case open in the window): allocated by {@code to}, not ended before {@code from}. */
    public boolean overlaps(AllocationFact a) {
        LocalDate allocated = london(a.allocatedAt());
        return allocated != null && !allocated.isAfter(to) && (a.endedAt() == null || !london(a.endedAt()).isBefore(from));
    }

    /** As {@link AssessmentFacts#assessments}: started on or before {@code to}, not authorised before {@code from}. */
    public boolean touches(AssessmentFact a) {
        return touches(a.startedOn(), a.authorisedOn());
    }

    /** As {@link ChildInNeedReports#plansOpenIn}. */
    public boolean touches(SsdCinPlan p) {
        return touches(p.cinpCinPlanStartDate(), p.cinpCinPlanEndDate());
    }

    /** As {@link ProtectionFacts#section47Enquiries}: started on or before {@code to}, not completed before {@code from}. */
    public boolean touches(Section47Fact s) {
        return touches(s.startedOn(), s.completedOn());
    }

    /** As {@link ConferenceFacts#plans}. */
    public boolean touches(CpPlanFact p) {
        return touches(p.startedOn(), p.endedOn());
    }

    /** As {@link ConferenceFacts#conferences}: scheduled or held on a London date in the window. */
    public boolean scheduledOrHeld(ConferenceFact c) {
        return within(london(c.scheduledAt())) || within(c.heldOn());
    }

    private boolean touches(LocalDate start, LocalDate end) {
        return start != null && !start.isAfter(to) && (end == null || !end.isBefore(from));
    }

    private boolean within(LocalDate day) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    private static LocalDate london(Instant at) {
        return at == null ? null : at.atZone(TimeConfiguration.LONDON).toLocalDate();
    }
}
