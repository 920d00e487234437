package uk.safeguard.reporting.internal.calculations;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.safeguard.frontdoor.FrontDoorFacts.ContactFact;
import uk.safeguard.frontdoor.FrontDoorFacts.ReferralFact;
import uk.safeguard.reporting.CountedItem;
import uk.safeguard.reporting.Period;
import uk.safeguard.reporting.ReportingData;
import uk.safeguard.work.WorkFacts.CaseFact;

/**
 * How the front-door indicators count: one contact per child on a contact (Ofsted Annex A list 1 lists each child),
 * by the London date it was received; one referral per child, by its London referral date. Counted items carry the
 * team and manager who decided, and the referring agency, for the breakdowns.
 */
final class FrontDoorItems {
    static final String CONTACT = "contact";
    static final String REFERRAL = "referral";

    private FrontDoorItems() {}

    static List<ContactFact> contactsIn(ReportingData data, Period period) {
        return Calculations.within(data, "contacts", data.contacts(), ContactFact::receivedAt, Calculations.span(period));
    }

    static List<ReferralFact> referralsIn(ReportingData data, Period period) {
        return Calculations.within(data, "referrals", data.referrals(), ReferralFact::referralAt, Calculations.span(period));
    }

    static CountedItem item(ContactFact c) {
        return new CountedItem(CONTACT, c.contactChildId(), c.childId(), Calculations.londonDate(c.receivedAt()),
                c.teamId(), c.decidedBy(), c.referrerAgencyType(), c.referrerAgencyName());
    }

    /** A referral's team is its case's team when known, else the deciding manager's team. */
    static Referrals referrals(ReportingData data) {
        return Calculations.derived(data, "frontdoor.referrals", Referrals::new);
    }

    static final class Referrals {
        private final Map<Long, Long> caseTeams = new HashMap<>();
        private final Map<Long, Long> workerTeams;

        private Referrals(ReportingData data) {
            for (CaseFact c : data.cases()) {
                if (c.teamId() != null) {
                    caseTeams.put(c.caseId(), c.teamId());
                }
            }
            workerTeams = Calculations.teamsOfWorkers(data);
        }

        CountedItem item(ReferralFact r) {
            Long team = r.caseId() == null ? null : caseTeams.get(r.caseId());
            if (team == null && r.decidedBy() != null) {
                team = workerTeams.get(r.decidedBy());
            }
            return new CountedItem(REFERRAL, r.referralId(), r.childId(), Calculations.londonDate(r.referralAt()), team,
                    r.decidedBy(), r.referrerAgencyType(), r.referrerAgencyName());
        }
    }
}
