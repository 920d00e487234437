package uk.safeguard.returns;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import uk.safeguard.returns.CinCensusChild.Assessment;
import uk.safeguard.returns.CinCensusChild.CinPlan;
import uk.safeguard.returns.CinCensusChild.CpPlan;
import uk.safeguard.returns.CinCensusChild.Episode;
import uk.safeguard.returns.CinCensusChild.Section47;
import uk.safeguard.returns.CinCensusRule.Context;
import uk.safeguard.returns.CinCensusRule.Hits;

/**
 * The DfE CIN census validation rules that touch referrals, assessments and their factors, section 47 enquiries,
 * initial conferences, CIN plans, child protection plans and closure. Each rule is written once, with its DfE number
 * and the message exactly as published, and is pure over one child's census record, so the same rules drive the
 * return's validation report and the checks shown where the data is entered.
 *
 * <p>Source: DfE "Children in need census: validation rules" (the rule numbers and messages of the 2022 to 2023
 * rules, unchanged in later years for these items), as carried by the sector's open validator
 * (github.com/data-to-insight/csc-validator-be-cin, cin_validator/rules/cin2022_23/rule_NNNN.py). "Census year" is
 * the collection year, 1 April to 31 March; its end is the ReferenceDate.
 */
public final class CinCensusRules {

    static final Set<String> PRIMARY_NEED = Set.of("N0", "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N9");
    static final Set<String> REFERRAL_SOURCE = Set.of("1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E",
            "3F", "4", "5A", "5B", "5C", "5D", "6", "7", "8", "9", "10");
    static final Set<String> REASON_FOR_CLOSURE = Set.of("RC1", "RC2", "RC3", "RC4", "RC5", "RC6", "RC7", "RC8", "RC9");
    static final Set<String> CATEGORY_OF_ABUSE = Set.of("NEG", "PHY", "SAB", "EMO", "MUL");
    static final Set<String> ASSESSMENT_FACTORS = Set.of("1A", "1B", "1C", "2A", "2B", "2C", "3A", "3B", "3C", "4A",
            "4B", "4C", "5A", "5B", "5C", "6A", "6B", "6C", "7A", "8B", "8C", "8D", "8E", "8F", "9A", "10A", "11A", "12A",
            "13A", "14A", "15A", "16A", "17A", "18B", "18C", "19B", "19C", "20", "21", "22A", "23A", "24A");

    private static final boolean ERROR = true;
    private static final boolean QUERY = false;

    private static final List<CinCensusRule> RULES = List.of(
            // ---------------------------------------------------------------- referral (CINdetails)
            episodeRule("8600", "Child referral date missing or after data collection period", ERROR,
                    List.of("CINreferralDate"),
                    (c, x, e) -> e.referralDate() == null || e.referralDate().isAfter(x.year().referenceDate())),
            episodeRule("8606", "Child referral date is more than 40 weeks before DOB or expected DOB", ERROR,
                    List.of("CINreferralDate", "PersonBirthDate", "ExpectedPersonBirthDate"),
                    (c, x, e) -> e.referralDate() != null
                            && (before(e.referralDate(), minusDays(c.birthDate(), 280))
                            || before(e.referralDate(), minusDays(c.expectedBirthDate(), 280)))),
            episodeRule("8555", "Child cannot be referred after its recorded date of death", ERROR,
                    List.of("CINreferralDate", "PersonDeathDate"),
                    (c, x, e) -> after(e.referralDate(), c.deathDate())),
            episodeRule("8610", "Primary Need code is missing for a referral which led to further action", ERROR,
                    List.of("ReferralNFA", "PrimaryNeedCode"),
                    (c, x, e) -> !e.referralNfa() && e.primaryNeed() == null),
            episodeRule("8650", "Primary Need Code invalid (see Primary Need table in CIN census code set)", ERROR,
                    List.of("PrimaryNeedCode"),
                    (c, x, e) -> e.primaryNeed() != null && !PRIMARY_NEED.contains(e.primaryNeed())),
            episodeRule("8866", "Source of Referral is missing or an invalid code", ERROR,
                    List.of("ReferralSource"),
                    (c, x, e) -> e.referralSource() == null || !REFERRAL_SOURCE.contains(e.referralSource())),
            // One working day before the collection start counts bank holidays (the DfE's working days).
            episodeRule("8569", "A case with referral date before one working day prior to the collection start date must not be flagged as a no further action case", ERROR,
                    List.of("CINreferralDate", "ReferralNFA"),
                    (c, x, e) -> e.referralNfa() && before(e.referralDate(), x.workingDays().addWorkingDays(x.year().start(), -1))),

            // ---------------------------------------------------------------- closure
            episodeRule("8620", "CIN Closure Date present and does not fall within the Census year", ERROR,
                    List.of("CINclosureDate"),
                    (c, x, e) -> e.closureDate() != null && !x.year().contains(e.closureDate())),
            episodeRule("8630", "CIN Closure Date is before CIN Referral Date for the same CIN episode", ERROR,
                    List.of("CINreferralDate", "CINclosureDate"),
                    (c, x, e) -> before(e.closureDate(), e.referralDate())),
            episodeRule("8640", "CIN Reason for closure code invalid (see Reason for Closure table in CIN Census code set)", ERROR,
                    List.of("ReasonForClosure"),
                    (c, x, e) -> e.reasonForClosure() != null && !REASON_FOR_CLOSURE.contains(e.reasonForClosure())),
            episodeRule("8805", "A CIN case cannot have a CIN closure date without a Reason for Closure", ERROR,
                    List.of("CINclosureDate", "ReasonForClosure"),
                    (c, x, e) -> e.closureDate() != null && e.reasonForClosure() == null),
            episodeRule("8810", "A CIN case cannot have a Reason for Closure without a CIN Closure Date", ERROR,
                    List.of("CINclosureDate", "ReasonForClosure"),
                    (c, x, e) -> e.closureDate() == null && e.reasonForClosure() != null),
            episodeRule("8565", "Activity shown after a case has been closed", ERROR,
                    List.of("CINclosureDate", "AssessmentActualStartDate", "AssessmentAuthorisationDate", "S47ActualStartDate",
                            "DateOfInitialCPC", "CPPendDate", "CINPlanStartDate", "CINPlanEndDate"),
                    (c, x, e) -> e.closureDate() != null && activityDates(e).stream().anyMatch(d -> d.isAfter(e.closureDate()))),
            episodeRule("8867", "CIN episode is shown as closed, however Assessment is not shown as completed", ERROR,
                    List.of("CINclosureDate", "AssessmentAuthorisationDate"),
                    (c, x, e) -> e.closureDate() != null && e.assessments().stream().anyMatch(a -> a.authorisationDate() == null)),
            episodeRule("8868", "CIN episode is shown as closed, however Section 47 enquiry is not shown as completed by ICPC date or ICPC not required flag", ERROR,
                    List.of("CINclosureDate", "DateOfInitialCPC", "ICPCnotRequired"),
                    (c, x, e) -> e.closureDate() != null && e.section47s().stream().anyMatch(CinCensusRules::s47Open)),
            episodeRule("8825Q", "Reason for Closure code RC8 (case closed after assessment) has been returned but there is no assessment present for the episode.", QUERY,
                    List.of("ReasonForClosure", "Assessments"),
                    (c, x, e) -> "RC8".equals(e.reasonForClosure()) && e.assessments().isEmpty()),
            episodeRule("8585Q", "Please check: CIN episode shows Died as the Closure Reason, however child has no recorded Date of Death", QUERY,
                    List.of("ReasonForClosure", "PersonDeathDate"),
                    (c, x, e) -> "RC2".equals(e.reasonForClosure()) && c.deathDate() == null),
            episodeRule("2990", "Activity is recorded against a case marked as 'Case closed after assessment, no further action'", ERROR,
                    List.of("ReasonForClosure", "Section47", "CINPlanDates", "ChildProtectionPlans", "DateOfInitialCPC"),
                    (c, x, e) -> "RC8".equals(e.reasonForClosure()) && (!e.section47s().isEmpty() || !e.cinPlans().isEmpty()
                            || !e.cpPlans().isEmpty() || e.dateOfInitialCpc() != null)),
            episodeRule("8873", "When there is only one assessment on the episode and the factors code \"21 No factors identified\" has been used for the completed assessment, the reason for closure 'RC8' must be used.", ERROR,
                    List.of("AssessmentFactors", "ReasonForClosure"),
                    (c, x, e) -> e.assessments().size() == 1 && e.assessments().get(0).authorisationDate() != null
                            && e.assessments().get(0).factors().contains("21")
                            && e.reasonForClosure() != null && !"RC8".equals(e.reasonForClosure())),
            childRule("8815", "More than one open CIN Details episode (a module with no CIN Closure Date) has been provided for this child and case is not a referral with no further action.", ERROR,
                    List.of("CINclosureDate", "ReferralNFA"),
                    (c, x) -> c.episodes().stream().filter(e -> e.closureDate() == null && !e.referralNfa()).count() > 1),
            childRule("8820", "The dates on the CIN episodes for this child overlap", ERROR,
                    List.of("CINreferralDate", "CINclosureDate"),
                    (c, x) -> anyPair(c.episodes(), (a, b) -> a.referralDate() != null && b.referralDate() != null
                            && !a.referralDate().isBefore(b.referralDate())
                            && before(a.referralDate(), b.closureDate() != null ? b.closureDate() : b.referralNfa() ? null : x.year().end().plusDays(1)))),

            // ---------------------------------------------------------------- referral with no further action
            episodeRule("8831", "Activity is recorded against a case marked as a referral with no further action", ERROR,
                    List.of("ReferralNFA", "Assessments", "Section47", "DateOfInitialCPC"),
                    (c, x, e) -> e.referralNfa() && (!e.assessments().isEmpty() || !e.section47s().isEmpty() || e.dateOfInitialCpc() != null)),
            episodeRule("8832", "Child Protection details provided for a referral with no further action", ERROR,
                    List.of("ReferralNFA", "ChildProtectionPlans"),
                    (c, x, e) -> e.referralNfa() && !e.cpPlans().isEmpty()),
            episodeRule("4000", "CIN Plan details provided for a referral with no further action", ERROR,
                    List.of("ReferralNFA", "CINPlanDates"),
                    (c, x, e) -> e.referralNfa() && !e.cinPlans().isEmpty()),

            // ---------------------------------------------------------------- assessments
            assessmentRule("1103", "The assessment start date cannot be before the referral date", ERROR,
                    List.of("AssessmentActualStartDate", "CINreferralDate"),
                    (c, x, e, a) -> before(a.startDate(), e.referralDate())),
            assessmentRule("8608", "Assessment Start Date cannot be later than its End Date", ERROR,
                    List.of("AssessmentActualStartDate", "AssessmentAuthorisationDate"),
                    (c, x, e, a) -> after(a.startDate(), a.authorisationDate())),
            assessmentRule("8696", "Assessment end date must fall within the census year", ERROR,
                    List.of("AssessmentAuthorisationDate"),
                    (c, x, e, a) -> a.authorisationDate() != null && !x.year().contains(a.authorisationDate())),
            assessmentRule("8736", "For an Assessment that has not been completed, the start date must fall within the census year", ERROR,
                    List.of("AssessmentActualStartDate", "AssessmentAuthorisationDate"),
                    (c, x, e, a) -> a.authorisationDate() == null && !x.year().contains(a.startDate())),
            // 45 working days (bank holidays excluded) from the start to the end of the census year.
            assessmentRule("8670Q", "Please check: Assessment started more than 45 working days before the end of the census year. However, there is no Assessment end date.", QUERY,
                    List.of("AssessmentActualStartDate", "AssessmentAuthorisationDate"),
                    (c, x, e, a) -> a.authorisationDate() == null && a.startDate() != null
                            && x.workingDays().countWorkingDays(a.startDate(), x.year().end()) > 45),
            assessmentRule("8863", "An Assessment is shown as starting when there is another Assessment ongoing", ERROR,
                    List.of("AssessmentActualStartDate", "AssessmentAuthorisationDate"),
                    (c, x, e, a) -> e.assessments().stream().anyMatch(b -> b != a && a.startDate() != null && b.startDate() != null
                            && !a.startDate().isBefore(b.startDate())
                            && a.startDate().isBefore(b.authorisationDate() != null ? b.authorisationDate() : x.year().end().plusDays(1)))),
            episodeRule("8896", "Within one CINDetails group there are 2 or more open Assessments groups", ERROR,
                    List.of("AssessmentAuthorisationDate"),
                    (c, x, e) -> e.assessments().stream().filter(a -> a.authorisationDate() == null).count() > 1),

            // ---------------------------------------------------------------- factors identified at assessment
            assessmentRule("8614", "Parental or child factors at assessment should only be present for a completed assessment.", ERROR,
                    List.of("AssessmentAuthorisationDate", "AssessmentFactors"),
                    (c, x, e, a) -> a.authorisationDate() == null && !a.factors().isEmpty()),
            assessmentRule("8897", "Parental or child factors at assessment information is missing from a completed assessment", ERROR,
                    List.of("AssessmentAuthorisationDate", "AssessmentFactors"),
                    (c, x, e, a) -> a.authorisationDate() != null && !a.authorisationDate().isBefore(x.year().start())
                            && a.factors().stream().noneMatch(ASSESSMENT_FACTORS::contains)),
            assessmentRule("8898", "The assessment has more than one parental or child factors with the same code", ERROR,
                    List.of("AssessmentFactors"),
                    (c, x, e, a) -> new HashSet<>(a.factors()).size() < a.factors().size()),
            assessmentRule("8869", "The assessment factors code \"21\" cannot be used in conjunction with any other assessment factors.", ERROR,
                    List.of("AssessmentFactors"),
                    (c, x, e, a) -> a.factors().contains("21") && a.factors().stream().anyMatch(f -> !"21".equals(f))),
            assessmentRule("8617", "Code 8A has been returned. This code is not a valid code.", ERROR,
                    List.of("AssessmentFactors"),
                    (c, x, e, a) -> a.factors().contains("8A")),
            assessmentRule("8899Q", "Please check: A child identified as having a disability does not have a disability factor recorded at the end of assessment.", QUERY,
                    List.of("Disability", "AssessmentFactors"),
                    (c, x, e, a) -> a.authorisationDate() != null && !a.authorisationDate().isBefore(x.year().start())
                            && c.disabilities().stream().anyMatch(d -> !"NONE".equals(d))
                            && !a.factors().contains("5A") && !a.factors().contains("6A")),

            // ---------------------------------------------------------------- CIN plans
            episodeRule("4001", "A CIN Plan cannot run concurrently with a Child Protection Plan", ERROR,
                    List.of("CINPlanEndDate", "CPPendDate"),
                    (c, x, e) -> e.cinPlans().stream().anyMatch(p -> p.endDate() == null) && e.cpPlans().stream().anyMatch(p -> p.endDate() == null)),
            episodeRule("4003", "A CPP review date is shown as being held at the same time as an open CIN Plan", ERROR,
                    List.of("CPPreviewDate", "CINPlanStartDate", "CINPlanEndDate"),
                    (c, x, e) -> e.cpPlans().stream().flatMap(p -> p.reviewDates().stream()).anyMatch(r -> e.cinPlans().stream()
                            .anyMatch(p -> after(r, p.startDate()) && (p.endDate() == null || r.isBefore(p.endDate()))))),
            episodeRule("4004", "This child is showing more than one open CIN Plan, i.e. with no End Date", ERROR,
                    List.of("CINPlanEndDate"),
                    (c, x, e) -> e.cinPlans().stream().filter(p -> p.endDate() == null).count() > 1),
            cinPlanRule("4010", "CIN Plan start date is missing or out of data collection period", ERROR,
                    List.of("CINPlanStartDate"),
                    (c, x, e, p) -> p.startDate() == null || p.startDate().isAfter(x.year().referenceDate())),
            cinPlanRule("4011", "CIN Plan End Date earlier than Start Date", ERROR,
                    List.of("CINPlanStartDate", "CINPlanEndDate"),
                    (c, x, e, p) -> before(p.endDate(), p.startDate())),
            cinPlanRule("4012Q", "CIN Plan shown as starting and ending on the same day – please check", QUERY,
                    List.of("CINPlanStartDate", "CINPlanEndDate"),
                    (c, x, e, p) -> p.endDate() != null && p.endDate().equals(p.startDate())),
            cinPlanRule("4013", "CIN Plan end date must fall within the census year", ERROR,
                    List.of("CINPlanEndDate"),
                    (c, x, e, p) -> p.endDate() != null && !x.year().contains(p.endDate())),
            episodeRule("4014", "CIN Plan data contains overlapping dates", ERROR,
                    List.of("CINPlanStartDate", "CINPlanEndDate"),
                    (c, x, e) -> anyPair(e.cinPlans(), (a, b) -> a.startDate() != null && b.startDate() != null
                            && !a.startDate().isBefore(b.startDate())
                            && !a.startDate().isAfter(b.endDate() != null ? b.endDate() : x.year().end())
                            && !a.startDate().equals(b.endDate()))),
            cinPlanRule("4015", "The CIN Plan start date cannot be before the referral date", ERROR,
                    List.of("CINPlanStartDate", "CINreferralDate"),
                    (c, x, e, p) -> before(p.startDate(), e.referralDate())),
            episodeRule("4016", "A CIN Plan has been reported as open at the same time as a Child Protection Plan.", ERROR,
                    List.of("CINPlanStartDate", "CPPstartDate", "CPPendDate"),
                    (c, x, e) -> e.cinPlans().stream().anyMatch(p -> e.cpPlans().stream().anyMatch(cp -> startsDuring(p.startDate(), cp.startDate(), cp.endDate(), x)))),
            episodeRule("4017", "A CIN Plan has been reported as open at the same time as a Child Protection Plan.", ERROR,
                    List.of("CPPstartDate", "CINPlanStartDate", "CINPlanEndDate"),
                    (c, x, e) -> e.cpPlans().stream().anyMatch(cp -> e.cinPlans().stream().anyMatch(p -> startsDuring(cp.startDate(), p.startDate(), p.endDate(), x)))),

            // ---------------------------------------------------------------- section 47 enquiries and initial conferences
            s47Rule("2889", "The S47 start date cannot be before the referral date.", ERROR,
                    List.of("S47ActualStartDate", "CINreferralDate"),
                    (c, x, e, s) -> before(s.startDate(), e.referralDate())),
            s47Rule("1104", "The date of the initial child protection conference cannot be before the referral date", ERROR,
                    List.of("DateOfInitialCPC", "CINreferralDate"),
                    (c, x, e, s) -> before(s.dateOfInitialCpc(), e.referralDate())),
            s47Rule("8615", "Section 47 Enquiry Start Date must be present and cannot be later than the date of the initial Child Protection Conference", ERROR,
                    List.of("S47ActualStartDate", "DateOfInitialCPC"),
                    (c, x, e, s) -> s.dateOfInitialCpc() != null && (s.startDate() == null || s.startDate().isAfter(s.dateOfInitialCpc()))),
            episodeRule("2884", "An initial child protection conference is recorded at both the S47 and CIN Details level and it should only be recorded in one", ERROR,
                    List.of("DateOfInitialCPC"),
                    (c, x, e) -> e.dateOfInitialCpc() != null && e.section47s().stream().anyMatch(s -> e.dateOfInitialCpc().equals(s.dateOfInitialCpc()))),
            s47Rule("8740", "For a Section 47 Enquiry that has not held the Initial Child Protection Conference by the end of the census year, the start date must fall within the census year", ERROR,
                    List.of("S47ActualStartDate", "DateOfInitialCPC", "ICPCnotRequired"),
                    (c, x, e, s) -> s47Open(s) && !x.year().contains(s.startDate())),
            // 15 working days (bank holidays excluded) from the start to the end of the census year.
            s47Rule("8675Q", "Please check: S47 Enquiry started more than 15 working days before the end of the census year. However, there is no date of Initial Child Protection Conference.", QUERY,
                    List.of("S47ActualStartDate", "DateOfInitialCPC", "ICPCnotRequired"),
                    (c, x, e, s) -> s47Open(s) && s.startDate() != null && x.workingDays().countWorkingDays(s.startDate(), x.year().end()) > 15),
            s47Rule("8870Q", "Please check: The Target Date for Initial Child Protection Conference should not be a weekend", QUERY,
                    List.of("InitialCPCtarget"),
                    (c, x, e, s) -> weekend(s.initialCpcTarget())),
            s47Rule("8715", "Date of Initial Child Protection Conference must fall within the census year", ERROR,
                    List.of("DateOfInitialCPC"),
                    (c, x, e, s) -> s.dateOfInitialCpc() != null && !x.year().contains(s.dateOfInitialCpc())),
            s47Rule("8875", "The Date of Initial Child Protection Conference cannot be a weekend", ERROR,
                    List.of("DateOfInitialCPC"),
                    (c, x, e, s) -> weekend(s.dateOfInitialCpc())),
            episodeRule("2991Q", "Please check: A Section 47 module is recorded and there is no assessment on the episode", QUERY,
                    List.of("Section47", "Assessments"),
                    (c, x, e) -> !e.section47s().isEmpty() && e.assessments().isEmpty()),
            episodeRule("8839", "Within one CINDetails group there are 2 or more open S47 Assessments", ERROR,
                    List.of("DateOfInitialCPC", "ICPCnotRequired"),
                    (c, x, e) -> e.section47s().stream().filter(CinCensusRules::s47Open).count() > 1),
            episodeRule("8890", "A Section 47 enquiry is shown as starting when there is another Section 47 Enquiry ongoing", ERROR,
                    List.of("S47ActualStartDate", "DateOfInitialCPC", "ICPCnotRequired"),
                    (c, x, e) -> anyPair(e.section47s(), (a, b) -> a.startDate() != null && b.startDate() != null
                            && !a.startDate().isBefore(b.startDate())
                            && before(a.startDate(), b.dateOfInitialCpc() != null ? b.dateOfInitialCpc() : b.icpcNotRequired() ? null : x.year().end().plusDays(1)))),

            // ---------------------------------------------------------------- child protection plans
            cpPlanRule("8905", "Initial Category of Abuse code missing or invalid (see Category of Abuse table in CIN Census code set)", ERROR,
                    List.of("InitialCategoryOfAbuse"),
                    (c, x, e, p) -> p.initialCategory() == null || !CATEGORY_OF_ABUSE.contains(p.initialCategory())),
            cpPlanRule("8910", "Latest Category of Abuse code missing or invalid (see Category of Abuse table in CIN Census code set)", ERROR,
                    List.of("LatestCategoryOfAbuse"),
                    (c, x, e, p) -> p.latestCategory() == null || !CATEGORY_OF_ABUSE.contains(p.latestCategory())),
            cpPlanRule("8720", "Child Protection Plan Start Date missing or out of data collection period", ERROR,
                    List.of("CPPstartDate"),
                    (c, x, e, p) -> p.startDate() == null || p.startDate().isAfter(x.year().referenceDate())),
            cpPlanRule("8915", "Child Protection Plan shown as starting after the child’s Date of Death", ERROR,
                    List.of("CPPstartDate", "PersonDeathDate"),
                    (c, x, e, p) -> after(p.startDate(), c.deathDate())),
            cpPlanRule("8920", "Child Protection Plan cannot end after the child’s Date of Death", ERROR,
                    List.of("CPPendDate", "PersonDeathDate"),
                    (c, x, e, p) -> c.deathDate() != null && (p.endDate() == null || p.endDate().isAfter(c.deathDate()))),
            cpPlanRule("8925", "Child Protection Plan End Date earlier than Start Date", ERROR,
                    List.of("CPPstartDate", "CPPendDate"),
                    (c, x, e, p) -> before(p.endDate(), p.startDate())),
            cpPlanRule("8930", "Child Protection Plan End Date must fall within the census year", ERROR,
                    List.of("CPPendDate"),
                    (c, x, e, p) -> p.endDate() != null && !x.year().contains(p.endDate())),
            cpPlanRule("8840", "Child Protection Plan cannot start and end on the same day", ERROR,
                    List.of("CPPstartDate", "CPPendDate"),
                    (c, x, e, p) -> p.endDate() != null && p.endDate().equals(p.startDate())),
            cpPlanRule("8841", "The review date cannot be on the same day or before the Child protection Plan start date.", ERROR,
                    List.of("CPPreviewDate", "CPPstartDate"),
                    (c, x, e, p) -> p.startDate() != null && p.reviewDates().stream().anyMatch(r -> !r.isAfter(p.startDate()))),
            episodeRule("8935", "This child is showing more than one open Child Protection plan, i.e. with no End Date", ERROR,
                    List.of("CPPendDate"),
                    (c, x, e) -> e.cpPlans().stream().filter(p -> p.endDate() == null).count() > 1),
            episodeRule("8940", "Child Protection Plan data contains overlapping dates", ERROR,
                    List.of("CPPstartDate", "CPPendDate"),
                    (c, x, e) -> anyPair(e.cpPlans(), (a, b) -> a.startDate() != null && b.startDate() != null
                            && !a.startDate().isBefore(b.startDate())
                            && !a.startDate().isAfter(b.endDate() != null ? b.endDate() : x.year().end()))),
            cpPlanRule("2885", "Child protection plan shown as starting a different day to the initial child protection conference", ERROR,
                    List.of("CPPstartDate", "DateOfInitialCPC"),
                    (c, x, e, p) -> x.year().contains(p.startDate()) && !p.startDate().equals(e.dateOfInitialCpc())
                            && e.section47s().stream().noneMatch(s -> p.startDate().equals(s.dateOfInitialCpc()))),
            cpPlanRule("1105", "The child protection plan start date cannot be before the referral date", ERROR,
                    List.of("CPPstartDate", "CINreferralDate"),
                    (c, x, e, p) -> before(p.startDate(), e.referralDate())),

            // ---------------------------------------------------------------- the child's characteristics
            childRule("8790", "Disability information includes both None and other values", ERROR,
                    List.of("Disability"),
                    (c, x) -> c.disabilities().contains("NONE") && c.disabilities().stream().anyMatch(d -> !"NONE".equals(d))),
            childRule("8794", "Child has two or more disabilities with the same code", ERROR,
                    List.of("Disability"),
                    (c, x) -> new HashSet<>(c.disabilities()).size() < c.disabilities().size()));

    private CinCensusRules() {}

    /** Every rule, in the order above. */
    public static List<CinCensusRule> all() {
        return RULES;
    }

    public static CinCensusRule rule(String code) {
        return RULES.stream().filter(r -> r.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no rule " + code));
    }

    /** Every finding on one child, rule by rule. */
    public static List<CinCensusFinding> check(CinCensusChild child, Context context) {
        List<CinCensusFinding> findings = new ArrayList<>();
        for (CinCensusRule rule : RULES) {
            findings.addAll(check(rule, child, context));
        }
        return findings;
    }

    /** One rule on one child (each record that breaks it once). */
    public static List<CinCensusFinding> check(CinCensusRule rule, CinCensusChild child, Context context) {
        List<CinCensusFinding> findings = new ArrayList<>(0);
        Set<CinCensusChild.Ref> seen = new HashSet<>(4);
        Hits hits = where -> {
            if (where == null || seen.add(where)) {
                String subject = where == null ? "the child's details" : where.subject();
                String href = where == null ? "/children/" + child.childId() : where.href();
                Long worker = where == null ? null : where.workerId();
                findings.add(new CinCensusFinding(child.childId(), rule.code(), rule.message(), rule.error(), rule.items(),
                        subject, href, worker));
            }
        };
        rule.check().apply(child, context, hits);
        return findings;
    }

    // ---------------------------------------------------------------- how rules walk the record

    private interface ChildTest { boolean test(CinCensusChild c, Context x); }

    private interface EpisodeTest { boolean test(CinCensusChild c, Context x, Episode e); }

    private interface ItemTest<T> { boolean test(CinCensusChild c, Context x, Episode e, T item); }

    private interface PairTest<T> { boolean test(T a, T b); }

    private static CinCensusRule childRule(String code, String message, boolean error, List<String> items, ChildTest test) {
        return new CinCensusRule(code, message, error, items, (c, x, hits) -> {
            if (test.test(c, x)) {
                hits.add(null);
            }
        });
    }

    private static CinCensusRule episodeRule(String code, String message, boolean error, List<String> items, EpisodeTest test) {
        return new CinCensusRule(code, message, error, items, (c, x, hits) -> {
            for (Episode e : c.episodes()) {
                if (test.test(c, x, e)) {
                    hits.add(e.ref());
                }
            }
        });
    }

    private static CinCensusRule assessmentRule(String code, String message, boolean error, List<String> items, ItemTest<Assessment> test) {
        return itemRule(code, message, error, items, Episode::assessments, Assessment::ref, test);
    }

    private static CinCensusRule cinPlanRule(String code, String message, boolean error, List<String> items, ItemTest<CinPlan> test) {
        return itemRule(code, message, error, items, Episode::cinPlans, CinPlan::ref, test);
    }

    private static CinCensusRule s47Rule(String code, String message, boolean error, List<String> items, ItemTest<Section47> test) {
        return itemRule(code, message, error, items, Episode::section47s, Section47::ref, test);
    }

    private static CinCensusRule cpPlanRule(String code, String message, boolean error, List<String> items, ItemTest<CpPlan> test) {
        return itemRule(code, message, error, items, Episode::cpPlans, CpPlan::ref, test);
    }

    private static <T> CinCensusRule itemRule(String code, String message, boolean error, List<String> items,
                                              java.util.function.Function<Episode, List<T>> children,
                                              java.util.function.Function<T, CinCensusChild.Ref> ref, ItemTest<T> test) {
        return new CinCensusRule(code, message, error, items, (c, x, hits) -> {
            for (Episode e : c.episodes()) {
                for (T item : children.apply(e)) {
                    if (test.test(c, x, e, item)) {
                        hits.add(ref.apply(item) != null ? ref.apply(item) : e.ref());
                    }
                }
            }
        });
    }

    /** Some ordered pair of different elements (by position) passes the test. */
    private static <T> boolean anyPair(List<T> list, PairTest<T> test) {
        for (int i = 0; i < list.size(); i++) {
            for (int j = 0; j < list.size(); j++) {
                if (i != j && test.test(list.get(i), list.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Rules 4016/4017: {@code day} falls in [start, end or year end], but not on the end day itself. */
    private static boolean startsDuring(LocalDate day, LocalDate start, LocalDate end, Context x) {
        return day != null && start != null && !day.isBefore(start)
                && !day.isAfter(end != null ? end : x.year().end()) && !day.equals(end);
    }

    /** An enquiry still open: no initial conference held and not marked as not needing one. */
    static boolean s47Open(Section47 s) {
        return s.dateOfInitialCpc() == null && !s.icpcNotRequired();
    }

    private static List<LocalDate> activityDates(Episode e) {
        List<LocalDate> dates = new ArrayList<>();
        e.assessments().forEach(a -> { dates.add(a.startDate()); dates.add(a.authorisationDate()); });
        e.section47s().forEach(s -> { dates.add(s.startDate()); dates.add(s.dateOfInitialCpc()); });
        dates.add(e.dateOfInitialCpc());
        e.cpPlans().forEach(p -> dates.add(p.endDate()));
        e.cinPlans().forEach(p -> { dates.add(p.startDate()); dates.add(p.endDate()); });
        dates.removeIf(Objects::isNull);
        return dates;
    }

    private static boolean before(LocalDate a, LocalDate b) {
        return a != null && b != null && a.isBefore(b);
    }

    private static boolean after(LocalDate a, LocalDate b) {
        return a != null && b != null && a.isAfter(b);
    }

    private static LocalDate minusDays(LocalDate d, int days) {
        return d == null ? null : d.minusDays(days);
    }

    private static boolean weekend(LocalDate d) {
        return d != null && (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY);
    }
}
