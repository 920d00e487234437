package uk.safeguard.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;
import uk.safeguard.returns.CinCensusChild.Episode;
import uk.safeguard.returns.internal.CinCensusXmlReader;
import uk.safeguard.returns.internal.CinCensusXmlWriter;

/** The XML return: written, valid against returns/cin-census.xsd, and read back to the same children. */
class CinCensusXmlTest {
    static final CinCensusHeader HEADER = CinCensusHeader.forYear(new CinCensusYear(2026), "990", "001",
            LocalDateTime.of(2027, 4, 12, 9, 30, 0));

    static byte[] write(List<CinCensusChild> children) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CinCensusXmlWriter.write(HEADER, children.iterator(), out);
        return out.toByteArray();
    }

    static void validate(byte[] xml) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Schema schema = factory.newSchema(CinCensusXmlTest.class.getResource("/returns/cin-census.xsd"));
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    /** Three children: the full journey, a referral with no further action (unborn, no characteristics), two episodes. */
    static List<CinCensusChild> children() {
        CinCensusChild full = new CinCensusRulesTest.Child().with(c -> c.disabilities = List.of("MOB", "HAND")).build();
        CinCensusChild nfa = new CinCensusChild(2, null, null, "UN1", null, CinCensusRulesTest.d(2027, 5, 1), "0", null, null,
                List.of(), List.of(new Episode(CinCensusRulesTest.d(2026, 11, 3), "3B", null, CinCensusRulesTest.d(2026, 11, 4), "RC7",
                        null, List.of(), List.of(), List.of(), true, List.of(), null)), null);
        CinCensusChild two = new CinCensusRulesTest.Child().with(c -> {
            c.closure = CinCensusRulesTest.d(2026, 6, 30);
            c.reason = "RC8";
            c.cinPlans = List.of();
            c.section47s = List.of();
            c.cpPlans = List.of();
            c.episodeIcpc = null;
            c.assessments = List.of(CinCensusRulesTest.assessment(CinCensusRulesTest.d(2026, 5, 5), CinCensusRulesTest.d(2026, 6, 15), "21"));
            c.otherEpisodes.add(CinCensusRulesTest.openEpisode(CinCensusRulesTest.d(2027, 2, 1)));
        }).build();
        return List.of(full, nfa, new CinCensusChild(3, two.upn(), null, null, two.birthDate(), null, "2", CinCensusRulesTest.d(2027, 3, 1),
                "BAFR", List.of("NONE"), two.episodes(), null));
    }

    @Test
    void writtenReturnIsValidAgainstTheSchema() throws Exception {
        validate(write(children()));
    }

    @Test
    void roundTripGivesTheSameChildren() {
        byte[] xml = write(children());
        CinCensusMessage back = CinCensusXmlReader.read(new ByteArrayInputStream(xml));
        assertThat(back.header()).isEqualTo(HEADER);
        assertThat(back.children()).isEqualTo(children().stream().map(CinCensusChild::withoutRefs).toList());
    }

    @Test
    void elementsAreInTheDfeOrder() {
        String xml = new String(write(children()), StandardCharsets.UTF_8);
        assertThat(xml).containsSubsequence("<Message>", "<Header>", "<CollectionDetails>", "<Collection>CIN</Collection>",
                "<Year>2027</Year>", "<ReferenceDate>2027-03-31</ReferenceDate>", "<Source>", "<SourceLevel>L</SourceLevel>",
                "<LEA>990</LEA>", "<DateTime>2027-04-12T09:30:00</DateTime>", "<Children>", "<Child>", "<ChildIdentifiers>",
                "<LAchildID>1</LAchildID>", "<UPN>A123456789012</UPN>", "<PersonBirthDate>2015-06-01</PersonBirthDate>",
                "<GenderCurrent>1</GenderCurrent>", "<ChildCharacteristics>", "<Ethnicity>WBRI</Ethnicity>", "<Disabilities>",
                "<Disability>MOB</Disability>", "<CINdetails>", "<CINreferralDate>2026-05-04</CINreferralDate>",
                "<ReferralSource>2A</ReferralSource>", "<PrimaryNeedCode>N1</PrimaryNeedCode>", "<CINclosureDate>2027-01-15</CINclosureDate>",
                "<ReasonForClosure>RC7</ReasonForClosure>", "<Assessments>", "<AssessmentActualStartDate>2026-05-05</AssessmentActualStartDate>",
                "<AssessmentAuthorisationDate>2026-06-15</AssessmentAuthorisationDate>", "<FactorsIdentifiedAtAssessment>",
                "<AssessmentFactors>16A</AssessmentFactors>", "<CINPlanDates>", "<CINPlanStartDate>2026-06-16</CINPlanStartDate>",
                "<Section47>", "<S47ActualStartDate>2026-07-15</S47ActualStartDate>", "<InitialCPCtarget>2026-08-05</InitialCPCtarget>",
                "<DateOfInitialCPC>2026-08-05</DateOfInitialCPC>", "<ICPCnotRequired>false</ICPCnotRequired>",
                "<ReferralNFA>false</ReferralNFA>", "<ChildProtectionPlans>", "<CPPstartDate>2026-08-05</CPPstartDate>",
                "<CPPendDate>2026-12-01</CPPendDate>", "<InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse>",
                "<LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse>", "<NumberOfPreviousCPP>0</NumberOfPreviousCPP>", "<Reviews>",
                "<CPPreviewDate>2026-11-04</CPPreviewDate>");
        assertThat(xml).doesNotContain("<UPN></UPN>", "<PersonDeathDate></PersonDeathDate>");
    }

    @Test
    void theSchemaRefusesWhatTheDfeWouldRefuse() {
        CinCensusChild badCategory = new CinCensusRulesTest.Child().with(c -> c.cpPlans = List.of(new CinCensusChild.CpPlan(
                CinCensusRulesTest.d(2026, 8, 5), null, "Neglect", "NEG", 0, List.of(), null))).build();
        assertThatThrownBy(() -> validate(write(List.of(badCategory)))).isInstanceOf(SAXException.class)
                .hasMessageContaining("Neglect");
    }

    @Test
    void anEmptyYearIsAValidReturn() throws Exception {
        validate(write(List.of()));
        assertThat(CinCensusXmlReader.read(new ByteArrayInputStream(write(List.of()))).children()).isEmpty();
    }
}
