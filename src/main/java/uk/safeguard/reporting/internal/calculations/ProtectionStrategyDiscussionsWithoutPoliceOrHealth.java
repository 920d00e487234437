package uk.safeguard.reporting.internal.calculations;

import static uk.safeguard.reporting.internal.calculations.ChildProtectionSupport.GROUP_CHILD_PROTECTION;
import static uk.safeguard.reporting.internal.calculations.ChildProtectionSupport.londonDay;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.safeguard.access.AgencyType;
import uk.safeguard.protection.ProtectionFacts.Section47Fact;
import uk.safeguard.protection.ProtectionFacts.StrategyDiscussionFact;
import uk.safeguard.reporting.CountedItem;
import uk.safeguard.reporting.Indicator;
import uk.safeguard.reporting.IndicatorCalculation;
import uk.safeguard.reporting.Measure;
import uk.safeguard.reporting.Period;
import uk.safeguard.reporting.Polarity;
import uk.safeguard.reporting.ReportingData;
import uk.safeguard.reporting.Thresholds;
import uk.safeguard.reporting.Unit;

/**
 * Strategy discussions without the police or health: WT2023 chapter 3 says a local authority social worker, health
 * practitioners and a police representative should, as a minimum, be involved (seeds 000 line 2760).
 */
@Component
public class ProtectionStrategyDiscussionsWithoutPoliceOrHealth implements IndicatorCalculation {

    static final Indicator INDICATOR = new Indicator("strategy-discussions-without-police-or-health",
            "Strategy discussions without the police or health", GROUP_CHILD_PROTECTION,
            "Of the strategy discussions held in the period, the percentage where the police or health (or both) "
                    + "did not take part: no agency of that type is recorded as having attended. Working Together "
                    + "expects a local authority social worker, health and the police at every strategy discussion.",
            "Working Together to Safeguard Children 2023, chapter 3, strategy discussion attendees "
                    + "(seeds 000 lines 2750-2760); multi-agency dataset (DOMAIN.md section 8)",
            "Strategy discussions held in the period without the police or without health taking part",
            "Strategy discussions held in the period",
            Polarity.LOWER_IS_BETTER, Unit.PERCENT, null, null, new Thresholds(5.0, 10.0));

    @Override
    public Indicator indicator() {
        return INDICATOR;
    }

    @Override
    public Measure measure(ReportingData data, Period period) {
        Map<Long, Section47Fact> enquiryByDiscussion = new HashMap<>();
        for (Section47Fact s : data.section47Enquiries()) {
            if (s.strategyDiscussionId() != null) {
                enquiryByDiscussion.put(s.strategyDiscussionId(), s);
            }
        }
        Map<Long, Long> teams = ChildProtectionSupport.teamsByWorker(data);
        List<CountedItem> numerator = new ArrayList<>();
        List<CountedItem> denominator = new ArrayList<>();
        for (StrategyDiscussionFact d : data.strategyDiscussions()) {
            LocalDate held = londonDay(d.heldAt());
            if (!period.contains(held)) {
                continue;
            }
            CountedItem item = item(d, held, enquiryByDiscussion.get(d.strategyDiscussionId()), teams);
            denominator.add(item);
            if (!tookPart(d, AgencyType.POLICE) || !tookPart(d, AgencyType.HEALTH)) {
                numerator.add(item);
            }
        }
        return Measure.ratio(numerator, denominator);
    }

    static boolean tookPart(StrategyDiscussionFact d, AgencyType agency) {
        return d.participants().stream().anyMatch(p -> p.attended() && agency.name().equals(p.agencyType()));
    }

    /** Held by the lead worker of the enquiry it started, else by whoever recorded it (and their team). */
    private static CountedItem item(StrategyDiscussionFact d, LocalDate held, Section47Fact enquiry,
                                    Map<Long, Long> teams) {
        if (enquiry != null && enquiry.leadWorkerId() != null) {
            return ChildProtectionSupport.item("strategy-discussion", d.strategyDiscussionId(), d.childId(), held,
                    enquiry.teamId() != null ? enquiry.teamId() : teams.get(enquiry.leadWorkerId()),
                    enquiry.leadWorkerId());
        }
        Long team = d.recordedBy() == null ? null : teams.get(d.recordedBy());
        return ChildProtectionSupport.item("strategy-discussion", d.strategyDiscussionId(), d.childId(), held, team,
                d.recordedBy());
    }
}
