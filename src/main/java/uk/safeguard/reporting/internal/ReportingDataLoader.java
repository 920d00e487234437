package uk.safeguard.reporting.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import uk.safeguard.access.StaffFacts;
import uk.safeguard.assessment.AssessmentFacts;
import uk.safeguard.calendar.WorkingDayCalendar;
import uk.safeguard.conference.ConferenceFacts;
import uk.safeguard.frontdoor.FrontDoorFacts;
import uk.safeguard.protection.ProtectionFacts;
import uk.safeguard.reporting.Period;
import uk.safeguard.reporting.ReportingData;
import uk.safeguard.work.WorkFacts;

/**
 * Loads the {@link ReportingData} for a window once from each module's facts API. A module whose facts are not
 * (yet) implemented answers with nothing, so the indicators still compute from the rest.
 *
 * <p>Each kind of fact reaches back only as far as its indicators look (see {@link #load}).
 */
@Component
public class ReportingDataLoader {
    private final ObjectProvider<FrontDoorFacts> frontDoor;
    private final ObjectProvider<WorkFacts> work;
    private final ObjectProvider<AssessmentFacts> assessments;
    private final ObjectProvider<ProtectionFacts> protection;
    private final ObjectProvider<ConferenceFacts> conferences;
    private final ObjectProvider<StaffFacts> staff;
    private final WorkingDayCalendar calendar;
    private final IndicatorSettingsStore settings;
    /** Reads facts side by side; a few threads, as each holds a database connection while it reads. */
    private final Executor readers = Executors.newFixedThreadPool(4, runnable -> {
        Thread thread = new Thread(runnable, "reporting-facts");
        thread.setDaemon(true);
        return thread;
    });

    public ReportingDataLoader(ObjectProvider<FrontDoorFacts> frontDoor, ObjectProvider<WorkFacts> work,
                               ObjectProvider<AssessmentFacts> assessments, ObjectProvider<ProtectionFacts> protection,
                               ObjectProvider<ConferenceFacts> conferences, ObjectProvider<StaffFacts> staff,
                               WorkingDayCalendar calendar, IndicatorSettingsStore settings) {
        this.frontDoor = frontDoor;
        this.work = work;
        this.assessments = assessments;
        this.protection = protection;
        this.conferences = conferences;
        this.staff = staff;
        this.calendar = calendar;
        this.settings = settings;
    }

    /**
     * A review held in the period is timed from the review or ICPC before it (3 months, then 6: seeds 000 lines 2991,
     * 3016); 15 months reaches the previous one even when a review was late.
     */
    static final int CONFERENCE_LOOK_BACK_MONTHS = ReportingData.LOOK_BACK_MONTHS;
    /**
     * An ICPC in the period comes from an enquiry and strategy discussion shortly before it; a visit or core group in
     * the period is timed from the visit or ICPC before it. Three months is far beyond their 10-15 working days: an
     * older start would make the gap late whichever start is used.
     */
    static final int SHORT_LOOK_BACK_MONTHS = 3;

    public static Period window(LocalDate earliestFrom, LocalDate latestTo) {
        return new Period(earliestFrom.minusMonths(ReportingData.LOOK_BACK_MONTHS), latestTo);
    }

    /**
     * Each kind of fact is read for the periods plus only the look-back its indicators use (cases, allocations,
     * assessments and plans are read as "open at any time in the periods", which needs none), and the reads run at
     * the same time, each on its own connection: the dashboard's 13 months must compute in under a second (issue 7).
     */
    public ReportingData load(LocalDate earliestFrom, LocalDate latestTo) {
        Period w = window(earliestFrom, latestTo);
        LocalDate to = w.to();
        LocalDate shortBack = earliestFrom.minusMonths(SHORT_LOOK_BACK_MONTHS);
        var contacts = async(frontDoor, f -> f.contacts(earliestFrom, to));
        // Re-referrals need no look-back: each referral carries its previous referral within 12 months (front door).
        var referrals = async(frontDoor, f -> f.referrals(earliestFrom, to));
        var allocations = async(work, f -> f.allocations(earliestFrom, to));
        var assessed = async(assessments, f -> f.assessments(earliestFrom, to));
        var visits = async(conferences, f -> f.visits(shortBack, to));
        var cases = async(work, f -> f.cases(earliestFrom, to));
        var discussions = async(protection, f -> f.strategyDiscussions(shortBack, to));
        var enquiries = async(protection, f -> f.section47Enquiries(shortBack, to));
        var held = async(conferences, f -> f.conferences(earliestFrom.minusMonths(CONFERENCE_LOOK_BACK_MONTHS), to));
        var plans = async(conferences, f -> f.plans(earliestFrom, to));
        var coreGroups = async(conferences, f -> f.coreGroups(shortBack, to));
        var people = async(staff, StaffFacts::staff);
        return new ReportingData(w, calendar.snapshot(), contacts.join(), referrals.join(), cases.join(),
                allocations.join(), assessed.join(), discussions.join(), enquiries.join(), held.join(), plans.join(),
                coreGroups.join(), visits.join(), people.join(), settings.childPopulation().population());
    }

    List<uk.safeguard.access.Team> teams() {
        return read(staff, StaffFacts::teams);
    }

    private <F, T> CompletableFuture<List<T>> async(ObjectProvider<F> provider, Function<F, List<T>> query) {
        return CompletableFuture.supplyAsync(() -> read(provider, query), readers);
    }

    private static <F, T> List<T> read(ObjectProvider<F> provider, Function<F, List<T>> query) {
        F facts = provider.getIfAvailable();
        return facts == null ? List.of() : query.apply(facts);
    }
}
