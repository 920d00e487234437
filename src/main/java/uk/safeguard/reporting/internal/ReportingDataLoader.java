package uk.safeguard.reporting.internal;

import java.time.LocalDate;
import java.util.List;
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
 * <p>Every fact reaches back {@link ReportingData#LOOK_BACK_MONTHS} months before the earliest period, except the two
 * largest: contacts, which no indicator looks back at, are loaded for the periods only, and referrals reach back
 * {@link #REFERRAL_LOOK_BACK_MONTHS} months (re-referrals within 12 months of a previous one, DfE).
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

    /** The window every period from {@code first} to {@code last} needs: back {@link ReportingData#LOOK_BACK_MONTHS} months. */
    /** Re-referrals look back 12 months (DfE); a referral's earlier referrals are found among those loaded. */
    public static final int REFERRAL_LOOK_BACK_MONTHS = 12;

    public static Period window(LocalDate earliestFrom, LocalDate latestTo) {
        return new Period(earliestFrom.minusMonths(ReportingData.LOOK_BACK_MONTHS), latestTo);
    }

    public ReportingData load(LocalDate earliestFrom, LocalDate latestTo) {
        Period w = window(earliestFrom, latestTo);
        LocalDate from = w.from();
        LocalDate to = w.to();
        return new ReportingData(w, calendar.snapshot(),
                read(frontDoor, f -> f.contacts(earliestFrom, to)),
                read(frontDoor, f -> f.referrals(earliestFrom.minusMonths(REFERRAL_LOOK_BACK_MONTHS), to)),
                read(work, f -> f.cases(from, to)),
                read(work, f -> f.allocations(from, to)),
                read(assessments, f -> f.assessments(from, to)),
                read(protection, f -> f.strategyDiscussions(from, to)),
                read(protection, f -> f.section47Enquiries(from, to)),
                read(conferences, f -> f.conferences(from, to)),
                read(conferences, f -> f.plans(from, to)),
                read(conferences, f -> f.coreGroups(from, to)),
                read(conferences, f -> f.visits(from, to)),
                read(staff, StaffFacts::staff),
                settings.childPopulation().population());
    }

    List<uk.safeguard.access.Team> teams() {
        return read(staff, StaffFacts::teams);
    }

    private static <F, T> List<T> read(ObjectProvider<F> provider, Function<F, List<T>> query) {
        F facts = provider.getIfAvailable();
        return facts == null ? List.of() : query.apply(facts);
    }
}
