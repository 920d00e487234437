package uk.safeguard.returns;

import java.time.LocalDate;
import java.util.List;

/**
 * One child in the CIN census, shaped like the DfE XML {@code Child} element: ChildIdentifiers, ChildCharacteristics
 * and one {@link Episode} (CINdetails) per child-in-need episode. Codes are the census codes. The {@link Ref}s say
 * which record in Safeguard each item came from and who should fix it; they are not part of the XML, so a child
 * read back from XML has none ({@link #withoutRefs()} compares like with like).
 *
 * <p>{@code childId} is the LAchildID (the person's id in the people register). {@code genderCurrent} is the census
 * code: 1 male, 2 female, 9 indeterminate, 0 not recorded / unborn.
 */
public record CinCensusChild(long childId, String upn, String formerUpn, String upnUnknown, LocalDate birthDate,
                             LocalDate expectedBirthDate, String genderCurrent, LocalDate deathDate, String ethnicity,
                             List<String> disabilities, List<Episode> episodes, String name) {

    public CinCensusChild {
        disabilities = List.copyOf(disabilities);
        episodes = List.copyOf(episodes);
    }

    public String laChildId() {
        return String.valueOf(childId);
    }

    public CinCensusChild withEpisodes(List<Episode> newEpisodes) {
        return new CinCensusChild(childId, upn, formerUpn, upnUnknown, birthDate, expectedBirthDate, genderCurrent,
                deathDate, ethnicity, disabilities, newEpisodes, name);
    }

    /** The child as the XML carries it: no refs, no display name. */
    public CinCensusChild withoutRefs() {
        return new CinCensusChild(childId, upn, formerUpn, upnUnknown, birthDate, expectedBirthDate, genderCurrent,
                deathDate, ethnicity, disabilities, episodes.stream().map(Episode::withoutRefs).toList(), null);
    }

    /** Where an item came from: a short description ("assessment 12"), the page to fix it on, and the worker. */
    public record Ref(String subject, String href, Long workerId) {}

    /**
     * One CIN episode (CINdetails): from the referral to the closure of the case it opened. {@code dateOfInitialCpc}
     * is an initial conference in the episode that did not follow a section 47 enquiry recorded here (an ICPC after
     * an enquiry is reported under that {@link Section47}, never in both places: rule 2884).
     */
    public record Episode(LocalDate referralDate, String referralSource, String primaryNeed, LocalDate closureDate,
                          String reasonForClosure, LocalDate dateOfInitialCpc, List<Assessment> assessments,
                          List<CinPlan> cinPlans, List<Section47> section47s, boolean referralNfa,
                          List<CpPlan> cpPlans, Ref ref) {

        public Episode {
            assessments = List.copyOf(assessments);
            cinPlans = List.copyOf(cinPlans);
            section47s = List.copyOf(section47s);
            cpPlans = List.copyOf(cpPlans);
        }

        public Episode withoutRefs() {
            return new Episode(referralDate, referralSource, primaryNeed, closureDate, reasonForClosure, dateOfInitialCpc,
                    assessments.stream().map(a -> new Assessment(a.startDate(), a.internalReviewDate(), a.authorisationDate(), a.factors(), null)).toList(),
                    cinPlans.stream().map(p -> new CinPlan(p.startDate(), p.endDate(), null)).toList(),
                    section47s.stream().map(s -> new Section47(s.startDate(), s.initialCpcTarget(), s.dateOfInitialCpc(), s.icpcNotRequired(), null)).toList(),
                    referralNfa,
                    cpPlans.stream().map(p -> new CpPlan(p.startDate(), p.endDate(), p.initialCategory(), p.latestCategory(), p.previousPlans(), p.reviewDates(), null)).toList(),
                    null);
        }
    }

    /** An assessment: start, internal review, authorisation (the DfE's end date) and factors identified at the end. */
    public record Assessment(LocalDate startDate, LocalDate internalReviewDate, LocalDate authorisationDate,
                             List<String> factors, Ref ref) {
        public Assessment {
            factors = List.copyOf(factors);
        }
    }

    public record CinPlan(LocalDate startDate, LocalDate endDate, Ref ref) {}

    /** A section 47 enquiry: start, the 15-working-day ICPC target, the ICPC held, or that no ICPC is needed. */
    public record Section47(LocalDate startDate, LocalDate initialCpcTarget, LocalDate dateOfInitialCpc,
                            boolean icpcNotRequired, Ref ref) {}

    /** A child protection plan with its categories (NEG, PHY, EMO, SAB, MUL), previous plans and review dates. */
    public record CpPlan(LocalDate startDate, LocalDate endDate, String initialCategory, String latestCategory,
                         int previousPlans, List<LocalDate> reviewDates, Ref ref) {
        public CpPlan {
            reviewDates = List.copyOf(reviewDates);
        }
    }
}
