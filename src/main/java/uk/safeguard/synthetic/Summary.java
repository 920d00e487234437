package uk.safeguard.synthetic;

import java.time.LocalDate;
import java.util.Map;

/**
 * What a generation wrote and the rates it achieved, so the calibration against the England figures (DOMAIN.md
 * section 10, DfE children in need statistics, year to 31 March 2025) is visible. Rates are measured on the year to
 * the as-of date, as the DfE measures them.
 *
 * @param rowCounts               data rows per file (header not counted), in file order
 * @param childrenUnder18         people under 18 on the as-of date
 * @param people                  all people
 * @param referralsLastYear       referrals in the year to the as-of date
 * @param reReferralPct           of those, % within 12 months of a previous referral of the same child (England 22.6)
 * @param nfaWithoutAssessmentPct % of referrals ended with no further action and no assessment (England ~8)
 * @param assessmentsWithin45WdPct assessments authorised in the year, % within 45 working days of the referral (85.7)
 * @param medianAssessmentWd      median working days from referral to authorisation (33)
 * @param s47PerReferral          section 47 enquiries started in the year per referral (~0.316)
 * @param icpcPerS47              initial conferences per s47 (~0.36)
 * @param icpcWithin15WdPct       % of initial conferences within 15 working days of the s47 start (81.4)
 * @param cinPlanPerAssessment    CIN plans that followed an assessment, per assessment (~0.27)
 * @param openCpPlans             CP plans open on the as-of date (England 49,420 for ~12.0M children)
 * @param secondPlanPct           plans started in the year that are a child's second or later (~23)
 * @param plansEndedAfter2YearsPct plans ended in the year that lasted two years or more (4.4)
 * @param openEpisodes            CIN episodes open on the as-of date (= children open to social care)
 * @param socialWorkers           social workers in post on the as-of date
 * @param caseloadPerWorker       open episodes per social worker in post (England 15.4)
 * @param workerChangesPerLongEpisode worker changes per episode open six months or more
 * @param elapsedMillis           time taken
 */
public record Summary(Size size, long seed, LocalDate asOf, Map<String, Long> rowCounts, long childrenUnder18,
        long people, long referralsLastYear, double reReferralPct, double nfaWithoutAssessmentPct,
        double assessmentsWithin45WdPct, double medianAssessmentWd, double s47PerReferral, double icpcPerS47,
        double icpcWithin15WdPct, double cinPlanPerAssessment, long openCpPlans, double secondPlanPct,
        double plansEndedAfter2YearsPct, long openEpisodes, long socialWorkers, double caseloadPerWorker,
        double workerChangesPerLongEpisode, long elapsedMillis) {

    /** A plain-text report for the terminal. */
    public String describe() {
        StringBuilder s = new StringBuilder();
        s.append(String.format("Synthetic authority %s, seed %d, as of %s: %,d people, %,d children under 18 (%.1f s)%n",
                size.name().toLowerCase(), seed, asOf, people, childrenUnder18, elapsedMillis / 1000.0));
        rowCounts.forEach((file, n) -> s.append(String.format("  %-32s %,12d rows%n", file, n)));
        s.append(String.format("Year to %s (England 2024-25 in brackets):%n", asOf));
        s.append(String.format("  referrals %,d (%,.0f expected); re-referrals within 12 months %.1f%% (22.6%%)%n",
                referralsLastYear, size.referralsPerYear(), reReferralPct));
        s.append(String.format("  NFA without assessment %.1f%% (~8%%); assessments within 45 WD %.1f%% (85.7%%), median %.0f WD (33)%n",
                nfaWithoutAssessmentPct, assessmentsWithin45WdPct, medianAssessmentWd));
        s.append(String.format("  CIN plans per assessment %.2f (~0.27); s47 per referral %.3f (0.316); ICPCs per s47 %.2f (0.36)%n",
                cinPlanPerAssessment, s47PerReferral, icpcPerS47));
        s.append(String.format("  ICPCs within 15 WD %.1f%% (81.4%%); CP plans open %,d (%,.0f); second or later plans %.1f%% (~23%%); ended after 2+ years %.1f%% (4.4%%)%n",
                icpcWithin15WdPct, openCpPlans, 49_420.0 * childrenUnder18 / 12_000_000.0, secondPlanPct, plansEndedAfter2YearsPct));
        s.append(String.format("  open episodes %,d (%.1f%% of children); social workers in post %,d, caseload %.1f (15.4); worker changes per long episode %.2f (~1.5)%n",
                openEpisodes, 100.0 * openEpisodes / Math.max(1, childrenUnder18), socialWorkers, caseloadPerWorker,
                workerChangesPerLongEpisode));
        return s.toString();
    }
}
