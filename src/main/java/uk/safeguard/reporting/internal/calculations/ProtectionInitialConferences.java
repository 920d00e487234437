package uk.safeguard.reporting.internal.calculations;

import static uk.safeguard.reporting.internal.calculations.ChildProtectionSupport.isInitialConference;
import static uk.safeguard.reporting.internal.calculations.ChildProtectionSupport.londonDay;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import uk.safeguard.conference.ConferenceFacts.ConferenceFact;
import uk.safeguard.conference.ConferenceFacts.CpPlanFact;
import uk.safeguard.protection.ProtectionFacts.Section47Fact;
import uk.safeguard.reporting.CountedItem;
import uk.safeguard.reporting.Period;
import uk.safeguard.reporting.ReportingData;

/**
 * The initial child protection conferences (initial and pre-birth; a transfer-in conference has its own clock) held
 * in a period, each with the section 47 enquiry that led to it: the one the conference names, else the child's
 * latest enquiry started on or before the conference (conferences recorded without the link, e.g. imported).
 */
record ProtectionInitialConferences(List<Held> held) {

    /** One initial conference held in the period, its enquiry (null when none is known) and its counted item. */
    record Held(ConferenceFact conference, Section47Fact enquiry, CountedItem item) {

        /**
         * The day the 15 working days run from: the strategy discussion at which the enquiry was initiated (WT2023,
         * seeds 000 line 2895); when that is not recorded (imported records), the enquiry's start date, as the DfE
         * measures it (DOMAIN.md section 10: "ICPCs within 15 WD of s47 start"). Null when neither is known.
         */
        LocalDate clockStart() {
            if (enquiry == null) {
                return null;
            }
            LocalDate discussion = londonDay(enquiry.strategyDiscussionAt());
            return discussion != null ? discussion : enquiry.startedOn();
        }
    }

    static ProtectionInitialConferences in(ReportingData data, Period period) {
        Map<Long, Section47Fact> enquiriesById = new HashMap<>();
        Map<Long, List<Section47Fact>> enquiriesByChild = new HashMap<>();
        for (Section47Fact s : data.section47Enquiries()) {
            enquiriesById.put(s.section47Id(), s);
            enquiriesByChild.computeIfAbsent(s.childId(), c -> new ArrayList<>()).add(s);
        }
        Map<Long, CpPlanFact> plans = ChildProtectionSupport.plansById(data);
        Map<Long, Long> teams = ChildProtectionSupport.teamsByWorker(data);
        List<Held> held = new ArrayList<>();
        for (ConferenceFact c : data.conferences()) {
            if (!isInitialConference(c) || !period.contains(c.heldOn())) {
                continue;
            }
            Section47Fact enquiry = c.section47Id() != null ? enquiriesById.get(c.section47Id())
                    : enquiriesByChild.getOrDefault(c.childId(), List.of()).stream()
                            .filter(s -> s.startedOn() != null && !s.startedOn().isAfter(c.heldOn()))
                            .max(Comparator.comparing(Section47Fact::startedOn)).orElse(null);
            held.add(new Held(c, enquiry, item(c, enquiry, plans.get(c.planId()), teams)));
        }
        return new ProtectionInitialConferences(held);
    }

    /** Held by the enquiry's lead worker and team; else the plan's lead social worker; else the chair's team. */
    private static CountedItem item(ConferenceFact c, Section47Fact enquiry, CpPlanFact plan, Map<Long, Long> teams) {
        Long worker;
        Long team;
        if (enquiry != null && (enquiry.leadWorkerId() != null || enquiry.teamId() != null)) {
            worker = enquiry.leadWorkerId();
            team = enquiry.teamId();
        } else if (plan != null) {
            worker = plan.leadSocialWorkerId();
            team = plan.teamId();
        } else {
            worker = null;
            team = c.chairId() == null ? null : teams.get(c.chairId());
        }
        return ChildProtectionSupport.item("conference", c.conferenceId(), c.childId(), c.heldOn(), team, worker);
    }
}
