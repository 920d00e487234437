package uk.safeguard.reporting.calculations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.safeguard.reporting.Indicator;
import uk.safeguard.reporting.IndicatorCalculation;
import uk.safeguard.reporting.Polarity;
import uk.safeguard.reporting.Unit;
import uk.safeguard.reporting.internal.calculations.AssessmentsCompleted;
import uk.safeguard.reporting.internal.calculations.AssessmentsWithin45WorkingDaysOfReferral;
import uk.safeguard.reporting.internal.calculations.AssessmentsWithin45WorkingDaysOfStart;
import uk.safeguard.reporting.internal.calculations.ChildProtectionCoreGroupsOnTime;
import uk.safeguard.reporting.internal.calculations.ChildProtectionPlanRate;
import uk.safeguard.reporting.internal.calculations.ChildProtectionPlansEnded;
import uk.safeguard.reporting.internal.calculations.ChildProtectionPlansEndedAfterTwoYears;
import uk.safeguard.reporting.internal.calculations.ChildProtectionPlansOpen;
import uk.safeguard.reporting.internal.calculations.ChildProtectionPlansSecondOrSubsequent;
import uk.safeguard.reporting.internal.calculations.ChildProtectionPlansStarted;
import uk.safeguard.reporting.internal.calculations.ChildProtectionReviewsOnTime;
import uk.safeguard.reporting.internal.calculations.ChildProtectionVisitsOnTime;
import uk.safeguard.reporting.internal.calculations.ProtectionIcpcToPlanConversion;
import uk.safeguard.reporting.internal.calculations.ProtectionIcpcWithin15WorkingDays;
import uk.safeguard.reporting.internal.calculations.ProtectionSection47Enquiries;
import uk.safeguard.reporting.internal.calculations.ProtectionStrategyDiscussionsWithoutPoliceOrHealth;

/** Every assessment, protection and child protection indicator is fully defined, once, with its source. */
class ChildProtectionDefinitionsTest {

    static final List<IndicatorCalculation> ALL = List.of(new AssessmentsCompleted(),
            new AssessmentsWithin45WorkingDaysOfReferral(), new AssessmentsWithin45WorkingDaysOfStart(),
            new ProtectionSection47Enquiries(), new ProtectionIcpcWithin15WorkingDays(),
            new ProtectionIcpcToPlanConversion(), new ProtectionStrategyDiscussionsWithoutPoliceOrHealth(),
            new ChildProtectionPlansStarted(), new ChildProtectionPlansEnded(), new ChildProtectionPlansOpen(),
            new ChildProtectionPlanRate(), new ChildProtectionPlansSecondOrSubsequent(),
            new ChildProtectionPlansEndedAfterTwoYears(), new ChildProtectionReviewsOnTime(),
            new ChildProtectionCoreGroupsOnTime(),
            new ChildProtectionVisitsOnTime(ChildProtectionVisitsOnTime.DEFAULT_INTERVAL_WORKING_DAYS));

    @Test
    void theIdsAreExactlyTheOnesIssue7AsksFor() {
        assertThat(ALL.stream().map(c -> c.indicator().id())).containsExactly(
                "assessments-completed", "assessments-within-45wd-of-referral", "assessments-within-45wd-of-start",
                "section-47-enquiries", "icpc-within-15wd", "icpc-to-plan-conversion",
                "strategy-discussions-without-police-or-health", "cp-plans-started", "cp-plans-ended",
                "cp-plans-open", "cp-plan-rate-per-10000", "cp-plans-second-or-subsequent",
                "cp-plans-ended-after-2-years", "cp-reviews-on-time", "core-groups-on-time", "cp-visits-on-time");
    }

    @Test
    void everyIndicatorIsFullyDefined() {
        for (IndicatorCalculation calculation : ALL) {
            Indicator i = calculation.indicator();
            assertThat(i.name()).as(i.id()).isNotBlank();
            assertThat(i.group()).as(i.id()).isIn("Assessment", "Child protection");
            assertThat(i.definition()).as(i.id()).isNotBlank();
            assertThat(i.source()).as(i.id()).isNotBlank();
            assertThat(i.numerator()).as(i.id()).isNotBlank();
            assertThat(i.polarity()).as(i.id()).isNotNull();
            assertThat(i.defaults()).as(i.id()).isNotNull();
            if (i.unit() == Unit.COUNT) {
                assertThat(i.denominator()).as(i.id()).isEmpty();
            } else {
                assertThat(i.denominator()).as(i.id()).isNotBlank();
            }
            assertThat(i.england() == null).as(i.id() + " England figure and its source").isEqualTo(i.englandSource() == null);
            Double target = i.defaults().target();
            Double amber = i.defaults().amberFrom();
            if (target != null) {
                assertThat(i.polarity()).as(i.id()).isNotEqualTo(Polarity.NEITHER);
                if (i.polarity() == Polarity.HIGHER_IS_BETTER) {
                    assertThat(amber).as(i.id()).isLessThan(target);
                } else {
                    assertThat(amber).as(i.id()).isGreaterThan(target);
                }
            }
        }
    }
}
