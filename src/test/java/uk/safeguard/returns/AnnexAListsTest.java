package uk.safeguard.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import uk.safeguard.assessment.AssessmentFacts.AssessmentFact;
import uk.safeguard.childinneed.ChildInNeedReports.SsdCinPlan;
import uk.safeguard.childinneed.ChildInNeedReports.SsdCinVisit;
import uk.safeguard.conference.ConferenceFacts.ConferenceFact;
import uk.safeguard.conference.ConferenceFacts.CpPlanFact;
import uk.safeguard.conference.ConferenceFacts.CpVisitFact;
import uk.safeguard.frontdoor.FrontDoorFacts.ContactFact;
import uk.safeguard.frontdoor.FrontDoorFacts.ReferralFact;
import uk.safeguard.people.ChildFacts.ChildCharacteristics;
import uk.safeguard.platform.TimeConfiguration;
import uk.safeguard.platform.ValidationFailure;
import uk.safeguard.protection.ProtectionFacts.EmergencyActionFact;
import uk.safeguard.protection.ProtectionFacts.Section47Fact;
import uk.safeguard.returns.internal.AnnexAFacts;
import uk.safeguard.returns.internal.AnnexALists;
import uk.safeguard.returns.internal.AnnexAPeriod;
import uk.safeguard.returns.internal.AnnexASheet;
import uk.safeguard.returns.internal.AnnexAWorkbook;
import uk.safeguard.work.WorkFacts.CaseFact;

/**
 * Annex A from hand-built facts: the six months to Mon 30 Nov 2026 are 1 Jun to 30 Nov 2026. Each list's inclusion
 * rule and a few cells are worked out by hand, then the XLSX is written and read back.
 */
class AnnexAListsTest {
    static final AnnexAPeriod PERIOD = AnnexAPeriod.of(LocalDate.of(2026, 11, 30), 6);
    static final long AMY = 101, BEN = 102, CAL = 103, DEE = 104, EVE = 105;
    static final long TEAM = 7, SAM = 70, MORGAN = 71;

    @Test
    void theSixMonthsEndOnTheChosenDayAndSixOrTwelveAreTheOnlyLengths() {
        assertThat(PERIOD.start()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(AnnexAPeriod.of(LocalDate.of(2027, 2, 28), 12).start()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(PERIOD.fileName()).isEqualTo("annex-a-2026-06-01-to-2026-11-30.xlsx");
        assertThat(AnnexALists.sixMonthsBefore(LocalDate.of(2026, 11, 30))).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(AnnexALists.sixMonthsBefore(LocalDate.of(2026, 6, 10))).isEqualTo(LocalDate.of(2025, 12, 11));
        assertThatThrownBy(() -> AnnexAPeriod.of(LocalDate.of(2026, 11, 30), 3))
                .isInstanceOfSatisfying(ValidationFailure.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("months"));
    }

    @Test
    void theWorkbookHasOneSheetPerListWithOfstedsHeadingsAndTheHandWorkedCells() {
        Map<String, List<List<String>>> book = read(write(AnnexALists.build(PERIOD, facts())));

        assertThat(book.keySet()).containsExactly("List 1 Contacts", "List 3 Referrals", "List 4 Assessments",
                "List 5 Section 47 and ICPC", "List 6 Children in need", "List 7 Child protection");

        // List 1: the contact at 00:30 on 1 June (BST, still 31 May in UTC) is in; the one on 31 May is not.
        // Amy (born 15 Jul 2015) is 10 at the contact of 10 Jul 2026 and 11 at the one of 20 Jul.
        List<List<String>> list1 = book.get("List 1 Contacts");
        assertThat(list1.get(0)).containsExactly("Child Unique ID", "Gender", "Ethnicity", "Date of Birth",
                "Age of Child (Years)", "Date of Contact", "Contact Source");
        assertThat(list1.subList(1, list1.size())).containsExactly(
                List.of("102", "Male", "BAFR", "2012-03-03", "14", "2026-06-01", "6"),
                List.of("101", "Female", "WBRI", "2015-07-15", "10", "2026-07-10", "2A"),
                List.of("101", "Female", "WBRI", "2015-07-15", "11", "2026-07-20", "3B"));

        // List 3: Amy's September referral is her second in 12 months (1 Mar and 1 Sep 2026); Ben's August one is
        // his first (his previous, 1 Aug 2025, is more than 12 months before 15 Aug 2026).
        List<List<String>> list3 = book.get("List 3 Referrals");
        assertThat(list3.get(0)).containsExactly("Child Unique ID", "Gender", "Ethnicity", "Date of Birth",
                "Age of Child (Years)", "Date of referral", "Referral Source", "Referral NFA?",
                "Number of Referrals in Last 12 Months", "Allocated Team", "Allocated Worker");
        assertThat(list3.subList(1, list3.size())).containsExactly(
                List.of("102", "Male", "BAFR", "2012-03-03", "14", "2026-08-15", "6", "No", "1", "Assessment Team 1",
                        "Morgan Reid"),
                List.of("101", "Female", "WBRI", "2015-07-15", "11", "2026-09-01", "2A", "No", "2",
                        "Assessment Team 1", "Sam Okafor"));

        // List 4: started in the period (Amy's, Ben's) or authorised in it (Cal's, started in May); Dee's, done by
        // 20 May, is out. Cal was not seen and the outcome was no further action: "No" (the outcome decides, though
        // his episode closed RC7); Amy was seen and has no outcome recorded: her episode is still open, so "Yes";
        // Ben's is in progress: seen and support blank.
        List<List<String>> list4 = book.get("List 4 Assessments");
        assertThat(list4.get(0)).hasSize(12).contains("Continuous Assessment Start Date",
                "Continuous Assessment Date of Authorisation");
        assertThat(list4).extracting(r -> r.get(0)).containsExactly("Child Unique ID", "103", "101", "102");
        assertThat(list4.get(1).subList(5, 11)).containsExactly("Unknown", "2026-05-01", "No", "2026-06-05", "No",
                "Assessment Team 1");
        assertThat(list4.get(2).subList(6, 10)).containsExactly("2026-09-02", "Yes", "2026-10-10", "Yes");
        assertThat(list4.get(3).subList(6, 10)).containsExactly("2026-11-25", "", "", "");

        // List 5: Ben's enquiry started at the strategy discussion of 19 Aug; its ICPC on 8 Sep made a plan.
        List<List<String>> list5 = book.get("List 5 Section 47 and ICPC");
        assertThat(list5.get(0).get(6)).isEqualTo("Strategy discussion initiating Section 47 Enquiry Start Date");
        assertThat(list5.subList(1, list5.size())).containsExactly(List.of("102", "Male", "BAFR", "2012-03-03", "14",
                "No", "2026-08-19", "No", "2026-09-08", "Yes", "1", "1", "Assessment Team 1", "Morgan Reid"));

        // List 6: one row per child with an episode open on any day of the period; early help and Dee's episode
        // closed in May are out. Status at 30 Nov.
        List<List<String>> list6 = book.get("List 6 Children in need");
        assertThat(list6.get(0).subList(6, 14)).containsExactly("CIN Start Date", "Primary Need Code",
                "Date Child Was Last Seen", "CIN Closure Date", "Reason for Closure", "Case Status", "Allocated Team",
                "Allocated Worker");
        assertThat(list6.subList(1, list6.size())).containsExactly(
                List.of("103", "Not stated/recorded", "", "", "", "Unknown", "2025-01-01", "", "", "2026-06-10",
                        "RC7", "Closed episode", "Assessment Team 1", ""),
                List.of("102", "Male", "BAFR", "2012-03-03", "14", "No", "2026-08-15", "N1", "2026-11-20", "", "",
                        "Child protection plan", "Assessment Team 1", "Morgan Reid"),
                List.of("101", "Female", "WBRI", "2015-07-15", "11", "Unknown", "2026-09-01", "N2", "2026-11-01", "",
                        "", "Child in need plan", "Assessment Team 1", "Sam Okafor"));

        // List 7: Ben's plan (his second: one before), last visited 20 Nov and seen alone, reviewed 27 Nov; police
        // protection taken on 30 May ended on 1 Jun, inside the six months to 30 Nov (from 1 Jun): Y. Cal's plan ended
        // on 10 Jun: its six months start on 11 Dec 2025, so the order of 10 Dec 2025 is too early and "other"
        // emergency action does not count: N.
        List<List<String>> list7 = book.get("List 7 Child protection");
        assertThat(list7.get(0)).hasSize(17).endsWith("Number of Previous Child Protection Plans", "Allocated Team",
                "Allocated Worker");
        assertThat(list7.subList(1, list7.size())).containsExactly(
                List.of("103", "Not stated/recorded", "", "", "", "Unknown", "2026-01-10", "PHY", "PHY", "", "", "",
                        "2026-06-10", "N", "0", "Assessment Team 1", ""),
                List.of("102", "Male", "BAFR", "2012-03-03", "14", "No", "2026-09-08", "NEG", "EMO", "2026-11-20",
                        "Yes", "2026-11-27", "", "Y", "1", "Assessment Team 1", "Morgan Reid"));
    }

    @Test
    void anImportedPlanWithNoEmergencyActionRecordedIsBlankNotNo() {
        AnnexAFacts f = facts();
        List<CpPlanFact> plans = f.plans().stream().map(p -> p.planId() != 52 ? p : new CpPlanFact(p.planId(),
                p.childId(), p.caseId(), p.conferenceId(), p.startedOn(), p.endedOn(), p.initialCategory(),
                p.latestCategory(), p.endReason(), p.previousPlans(), p.leadSocialWorkerId(), p.teamId(), true)).toList();
        AnnexAFacts imported = new AnnexAFacts(f.contacts(), f.referrals(), f.assessments(), f.enquiries(),
                f.conferences(), plans, f.cpVisits(), f.cases(), f.cinPlans(), f.cinVisits(), f.children(), f.workers(),
                f.teams(), f.emergencyActions());
        AnnexASheet list7 = AnnexALists.build(PERIOD, imported).get(5);
        assertThat(list7.rows()).extracting(r -> r.get(0), r -> r.get(13)).containsExactly(
                org.assertj.core.groups.Tuple.tuple("103", null), org.assertj.core.groups.Tuple.tuple("102", "Y"));
    }

    @Test
    void everyChildNamedIsCountedOnceForTheAuditRecord() {
        assertThat(AnnexALists.childrenNamed(AnnexALists.build(PERIOD, facts())))
                .containsExactlyInAnyOrder(101L, 102L, 103L);
    }

    static AnnexAFacts facts() {
        List<ContactFact> contacts = List.of(
                contact(1, AMY, london(2026, 7, 10, 9), "2A"),
                contact(2, AMY, london(2026, 7, 20, 9), "3B"),
                contact(3, AMY, london(2026, 5, 31, 12), "2A"),
                contact(4, BEN, london(2026, 6, 1, 0).plusSeconds(30 * 60), "6"));
        List<ReferralFact> referrals = List.of(
                referral(10, AMY, london(2026, 3, 1, 10), "1A", "N1", 499L),
                referral(11, AMY, london(2026, 9, 1, 10), "2A", "N2", 500L),
                referral(12, BEN, london(2025, 8, 1, 10), "6", "N1", null),
                referral(13, BEN, london(2026, 8, 15, 10), "6", "N1", 501L));
        List<AssessmentFact> assessments = List.of(
                assessment(20, AMY, 500L, LocalDate.of(2026, 9, 2), LocalDate.of(2026, 10, 10), SAM, true, null),
                assessment(21, DEE, 503L, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 20), SAM, true,
                        "CHILD_IN_NEED_PLAN"),
                assessment(22, CAL, 502L, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 5), SAM, false,
                        "NO_FURTHER_ACTION"),
                assessment(23, BEN, 501L, LocalDate.of(2026, 11, 25), null, MORGAN, null, null));
        List<Section47Fact> enquiries = List.of(new Section47Fact(30, BEN, 501L, 13L, 31L,
                london(2026, 8, 19, 10), LocalDate.of(2026, 8, 20), "SUBSTANTIATED", "INITIAL_CONFERENCE", true,
                LocalDate.of(2026, 9, 1), MORGAN, TEAM, false));
        List<ConferenceFact> conferences = List.of(
                new ConferenceFact(40, BEN, 501L, "INITIAL", london(2026, 9, 8, 10), LocalDate.of(2026, 9, 8), "PLAN",
                        "NEG", 30L, 50L, null, false),
                new ConferenceFact(41, BEN, 501L, "REVIEW", london(2026, 11, 27, 10), LocalDate.of(2026, 11, 27),
                        "CONTINUE", "EMO", null, 50L, null, false));
        List<CpPlanFact> plans = List.of(
                new CpPlanFact(50, BEN, 501L, 40L, LocalDate.of(2026, 9, 8), null, "NEG", "EMO", null, 1, MORGAN,
                        TEAM, false),
                new CpPlanFact(51, DEE, 503L, null, LocalDate.of(2025, 11, 1), LocalDate.of(2026, 5, 1), "PHY",
                        "PHY", "RC7", 0, SAM, TEAM, false),
                new CpPlanFact(52, CAL, 502L, null, LocalDate.of(2026, 1, 10), LocalDate.of(2026, 6, 10), "PHY",
                        "PHY", null, 0, null, TEAM, false));
        List<EmergencyActionFact> emergencyActions = List.of(
                new EmergencyActionFact(70, BEN, "POLICE_PROTECTION", london(2026, 5, 30, 22), london(2026, 6, 1, 10)),
                new EmergencyActionFact(71, CAL, "EMERGENCY_PROTECTION_ORDER", london(2025, 12, 10, 12), null),
                new EmergencyActionFact(72, CAL, "OTHER", london(2026, 3, 1, 12), null));
        List<CpVisitFact> visits = List.of(
                new CpVisitFact(60, 50, BEN, london(2026, 11, 1, 15), true, false),
                new CpVisitFact(61, 50, BEN, london(2026, 11, 20, 15), true, true));
        List<CaseFact> cases = List.of(
                new CaseFact(500, AMY, "CHILD_IN_NEED", london(2026, 9, 1, 10), null, null, TEAM, SAM),
                new CaseFact(501, BEN, "CHILD_PROTECTION", london(2026, 8, 15, 10), null, null, TEAM, MORGAN),
                new CaseFact(502, CAL, "CHILD_IN_NEED", london(2025, 1, 1, 10), london(2026, 6, 10, 16), "RC7",
                        TEAM, null),
                new CaseFact(503, DEE, "CHILD_IN_NEED", london(2025, 10, 1, 10), london(2026, 5, 1, 16), "RC8",
                        TEAM, SAM),
                new CaseFact(504, EVE, "EARLY_HELP", london(2026, 7, 1, 10), null, null, TEAM, SAM));
        List<SsdCinPlan> cinPlans = List.of(new SsdCinPlan(80, 500, AMY, LocalDate.of(2026, 10, 15), null, TEAM, SAM,
                null));
        List<SsdCinVisit> cinVisits = List.of(
                new SsdCinVisit(90, AMY, LocalDateTime.of(2026, 11, 1, 11, 0), "Yes", "Yes", "No", 80),
                new SsdCinVisit(91, AMY, LocalDateTime.of(2026, 11, 15, 11, 0), "No", "No", "No", 80));
        Map<Long, ChildCharacteristics> children = Map.of(
                AMY, child(AMY, LocalDate.of(2015, 7, 15), "2", "WBRI", List.of()),
                BEN, child(BEN, LocalDate.of(2012, 3, 3), "1", "BAFR", List.of("NONE")),
                CAL, child(CAL, null, null, null, List.of()));
        return new AnnexAFacts(contacts, referrals, assessments, enquiries, conferences, plans, visits, cases,
                cinPlans, cinVisits, children, Map.of(SAM, "Sam Okafor", MORGAN, "Morgan Reid"),
                Map.of(TEAM, "Assessment Team 1"), emergencyActions);
    }

    static Instant london(int y, int m, int d, int hour) {
        return LocalDateTime.of(y, m, d, hour, 0).atZone(TimeConfiguration.LONDON).toInstant();
    }

    static ContactFact contact(long id, long child, Instant at, String source) {
        return new ContactFact(id, id, child, at, source, "EDUCATION", "Oakfield Primary School", 1L,
                "Oakfield Primary School", 3, at, at, "REFERRAL", MORGAN, TEAM, null, false);
    }

    static ReferralFact referral(long id, long child, Instant at, String source, String need, Long caseId) {
        return new ReferralFact(id, child, null, at, source, need, false, null, null, at, List.of(), false, MORGAN,
                "EDUCATION", "Oakfield Primary School", caseId, false);
    }

    static AssessmentFact assessment(long id, long child, Long caseId, LocalDate started, LocalDate authorised,
                                     long worker, Boolean childSeen, String outcome) {
        return new AssessmentFact(id, child, id, caseId, "SECTION_17", null, started, authorised,
                authorised == null ? "IN_PROGRESS" : "AUTHORISED", List.of("21"), null, worker, TEAM, false, childSeen,
                outcome);
    }

    static ChildCharacteristics child(long id, LocalDate dob, String sex, String ethnicity, List<String> disabilities) {
        return new ChildCharacteristics(id, "Test", "Child", dob, null, sex, null, ethnicity, null, null,
                disabilities, null, "CHILD");
    }

    static byte[] write(List<AnnexASheet> sheets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AnnexAWorkbook.write(sheets, out);
        return out.toByteArray();
    }

    /**
     * Reads an XLSX back: sheet name → rows of cell texts, every row as wide as the headings; dates (numbers under a
     * heading containing "Date") as ISO dates, blanks as "".
     */
    static Map<String, List<List<String>>> read(byte[] xlsx) {
        Map<String, List<List<String>>> book = new LinkedHashMap<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                List<Row> rows = sheet.read();
                List<String> headings = new ArrayList<>();
                rows.get(0).forEach(c -> headings.add(c.getText()));
                List<List<String>> texts = new ArrayList<>();
                for (Row row : rows) {
                    List<String> cells = new ArrayList<>();
                    for (int i = 0; i < headings.size(); i++) {
                        var cell = row.getOptionalCell(i);
                        if (cell.isEmpty() || cell.get().getType() == CellType.EMPTY) {
                            cells.add("");
                        } else if (row.getRowNum() > 1 && cell.get().getType() == CellType.NUMBER
                                && headings.get(i).contains("Date")) {
                            cells.add(cell.get().asDate().toLocalDate().toString());
                        } else {
                            cells.add(cell.get().getText());
                        }
                    }
                    texts.add(cells);
                }
                book.put(sheet.getName(), texts);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return book;
    }
}
