package uk.safeguard.reporting.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import uk.safeguard.reporting.Indicator;
import uk.safeguard.reporting.IndicatorCalculation;

/**
 * Every {@link IndicatorCalculation} bean, in dashboard order: the order the indicators are listed in issue 7
 * (front door, assessment, child protection, workforce). An indicator not in the list follows, by id.
 */
@Component
public class IndicatorCatalogue {
    /** Dashboard order (issue 7, "Indicators, defined once"). */
    public static final List<String> ORDER = List.of(
            "contacts", "contacts-decided-within-24h", "contact-to-referral-conversion", "referrals",
            "re-referrals-within-12-months", "referrals-decided-within-1wd", "assessments-completed",
            "assessments-within-45wd-of-referral", "assessments-within-45wd-of-start", "section-47-enquiries",
            "icpc-within-15wd", "icpc-to-plan-conversion", "cp-plans-started", "cp-plans-ended", "cp-plans-open",
            "cp-plan-rate-per-10000", "cp-plans-second-or-subsequent", "cp-plans-ended-after-2-years",
            "cp-reviews-on-time", "core-groups-on-time", "cp-visits-on-time",
            "strategy-discussions-without-police-or-health", "caseload-per-worker", "worker-changes-per-child");

    private final List<IndicatorCalculation> calculations;

    @Autowired
    public IndicatorCatalogue(ObjectProvider<IndicatorCalculation> calculations) {
        this(calculations.stream().toList());
    }

    /** For tests: a catalogue of hand-picked calculations. */
    public IndicatorCatalogue(List<IndicatorCalculation> calculations) {
        this.calculations = calculations.stream().sorted(DASHBOARD_ORDER).toList();
    }

    private static final Comparator<IndicatorCalculation> DASHBOARD_ORDER = Comparator
            .<IndicatorCalculation>comparingInt(c -> {
                int at = ORDER.indexOf(c.indicator().id());
                return at < 0 ? ORDER.size() : at;
            })
            .thenComparing(c -> c.indicator().id());

    public List<IndicatorCalculation> calculations() {
        return calculations;
    }

    public List<Indicator> indicators() {
        return calculations.stream().map(IndicatorCalculation::indicator).toList();
    }

    public Optional<IndicatorCalculation> find(String id) {
        return calculations.stream().filter(c -> c.indicator().id().equals(id)).findFirst();
    }
}
