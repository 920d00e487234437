package uk.safeguard.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.safeguard.frontdoor.FrontDoorFacts.ContactFact;
import uk.safeguard.reporting.internal.AttritionLine;
import uk.safeguard.reporting.internal.AttritionReport;
import uk.safeguard.reporting.internal.ExportTable;

/** Attrition worked out by hand over a small set of contacts (one row per child per contact). */
class DashboardAttritionTest {
    private static final Period NOVEMBER = new Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
    private long next = 1;

    private ContactFact contact(String received, String agencyType, String agencyName, String school, String decision) {
        long id = next++;
        return new ContactFact(id, id, 1000 + id, Instant.parse(received), "3A", agencyType, agencyName, null, school, 2,
                null, null, decision, null, null, null, false);
    }

    private List<ContactFact> contacts() {
        List<ContactFact> c = new ArrayList<>();
        // Oakfield Primary: 4 contacts — 1 NFA, 1 advice, 1 signposted, 1 referral.
        c.add(contact("2026-11-02T10:00:00Z", "EDUCATION", "Oakfield Primary School", "Oakfield Primary School", "NO_FURTHER_ACTION"));
        c.add(contact("2026-11-03T10:00:00Z", "EDUCATION", "Oakfield Primary School", "Oakfield Primary School", "ADVICE_AND_INFORMATION"));
        c.add(contact("2026-11-04T10:00:00Z", "EDUCATION", "Oakfield Primary School", "Oakfield Primary School", "SIGNPOSTED"));
        c.add(contact("2026-11-05T10:00:00Z", "EDUCATION", "Oakfield Primary School", "Oakfield Primary School", "REFERRAL_ACCEPTED"));
        // Riverford Academy: 2 contacts — 2 NFA.
        c.add(contact("2026-11-06T10:00:00Z", "EDUCATION", "Riverford Academy", "Riverford Academy", "NO_FURTHER_ACTION"));
        c.add(contact("2026-11-07T10:00:00Z", "EDUCATION", "Riverford Academy", "Riverford Academy", "NO_FURTHER_ACTION"));
        // Police: 3 — 1 NFA, 1 early help, 1 awaiting; one held in the MASH.
        c.add(contact("2026-11-08T10:00:00Z", "POLICE", "Riverford Police", null, "NO_FURTHER_ACTION"));
        c.add(contact("2026-11-09T10:00:00Z", "POLICE", "Riverford Police", null, "PASSED_TO_EARLY_HELP"));
        c.add(contact("2026-11-10T10:00:00Z", "POLICE", "Riverford Police", null, null));
        c.add(contact("2026-11-11T10:00:00Z", "POLICE", "Riverford Police", null, "HELD_IN_MASH"));
        // A member of the public: no agency; a consultation only.
        c.add(contact("2026-11-12T10:00:00Z", null, null, null, "CONSULTATION_ARRANGED"));
        // Outside November in London time: 31 Oct 23:30 GMT is 31 Oct in London (GMT in winter); 1 Dec 00:10 is December.
        c.add(contact("2026-10-31T23:30:00Z", "EDUCATION", "Oakfield Primary School", "Oakfield Primary School", "NO_FURTHER_ACTION"));
        c.add(contact("2026-12-01T00:10:00Z", "POLICE", "Riverford Police", null, "NO_FURTHER_ACTION"));
        // 30 Nov 23:59 GMT is still 30 November in London.
        c.add(contact("2026-11-30T23:59:00Z", "HEALTH", "Riverford Community Health", null, "NO_FURTHER_ACTION"));
        return c;
    }

    private static AttritionLine line(List<AttritionLine> lines, String name) {
        return lines.stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void by_agency_type_counts_no_further_action_and_advice_only_as_shares_of_that_agencys_contacts() {
        AttritionReport report = AttritionReport.of(NOVEMBER, contacts());
        AttritionLine education = line(report.byAgencyType(), "Education");
        assertThat(education).isEqualTo(new AttritionLine("Education", 6, 3, 2, 0));
        assertThat(education.noFurtherActionPercent()).isEqualTo(50.0);
        assertThat(education.adviceOnlyPercent()).isEqualTo(33.3);
        assertThat(education.wentNoFurtherPercent()).isEqualTo(83.3);
        AttritionLine police = line(report.byAgencyType(), "Police");
        assertThat(police).isEqualTo(new AttritionLine("Police", 4, 1, 0, 2));
        assertThat(police.noFurtherActionPercent()).isEqualTo(25.0);
        assertThat(line(report.byAgencyType(), "Health")).isEqualTo(new AttritionLine("Health", 1, 1, 0, 0));
        assertThat(line(report.byAgencyType(), AttritionReport.NOT_RECORDED)).isEqualTo(
                new AttritionLine(AttritionReport.NOT_RECORDED, 1, 0, 1, 0));
        // Largest first.
        assertThat(report.byAgencyType()).extracting(AttritionLine::name).startsWith("Education", "Police");
        assertThat(report.allAgencies()).isEqualTo(new AttritionLine("All agencies", 12, 5, 3, 2));
    }

    @Test
    void by_school() {
        AttritionReport report = AttritionReport.of(NOVEMBER, contacts());
        assertThat(report.bySchool()).containsExactly(
                new AttritionLine("Oakfield Primary School", 4, 1, 2, 0),
                new AttritionLine("Riverford Academy", 2, 2, 0, 0));
        assertThat(report.bySchool().get(1).noFurtherActionPercent()).isEqualTo(100.0);
        assertThat(report.allSchools()).isEqualTo(new AttritionLine("All schools", 6, 3, 2, 0));
    }

    @Test
    void no_contacts_gives_empty_tables_and_no_percentages() {
        AttritionReport report = AttritionReport.of(NOVEMBER, List.of());
        assertThat(report.byAgencyType()).isEmpty();
        assertThat(report.allAgencies().noFurtherActionPercent()).isNull();
        assertThat(report.allAgencies().noFurtherActionText()).isEqualTo("No figure");
    }

    @Test
    void the_download_tables_hold_the_page_figures_and_the_total() {
        AttritionReport report = AttritionReport.of(NOVEMBER, contacts());
        ExportTable schools = report.schoolTable();
        assertThat(schools.headings()).startsWith("School", "From", "To", "Children on contacts", "No further action",
                "No further action %");
        assertThat(schools.rows()).hasSize(3);
        assertThat(schools.rows().get(0)).containsExactly("Oakfield Primary School", NOVEMBER.from(), NOVEMBER.to(), 4L, 1L,
                25.0, 2L, 50.0, 75.0, 0L);
        assertThat(schools.rows().get(2).get(0)).isEqualTo("All schools");
        assertThat(report.agencyTable().rows()).hasSize(5);
    }
}
