package uk.safeguard.returns.internal;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import uk.safeguard.returns.CinCensusChild;
import uk.safeguard.returns.CinCensusChild.Assessment;
import uk.safeguard.returns.CinCensusChild.CinPlan;
import uk.safeguard.returns.CinCensusChild.CpPlan;
import uk.safeguard.returns.CinCensusChild.Episode;
import uk.safeguard.returns.CinCensusChild.Section47;
import uk.safeguard.returns.CinCensusHeader;

/**
 * Writes the DfE CIN census XML with StAX, one child at a time, so a year of a large authority streams out without
 * building a document. Elements and their order follow the DfE schema (Message / Header / Children / Child /
 * ChildIdentifiers, ChildCharacteristics, CINdetails ...); {@code returns/cin-census.xsd} describes exactly what is
 * written. Absent optional items are left out, never written empty.
 */
public final class CinCensusXmlWriter {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private CinCensusXmlWriter() {}

    public static void write(CinCensusHeader header, Iterator<CinCensusChild> children, OutputStream out) {
        try {
            XMLStreamWriter w = FACTORY.createXMLStreamWriter(out, "UTF-8");
            Pretty x = new Pretty(w);
            w.writeStartDocument("UTF-8", "1.0");
            x.open("Message");
            x.open("Header");
            x.open("CollectionDetails");
            x.leaf("Collection", header.collection());
            x.leaf("Year", String.valueOf(header.year()));
            x.leaf("ReferenceDate", header.referenceDate());
            x.close();
            x.open("Source");
            x.leaf("SourceLevel", header.sourceLevel());
            x.leaf("LEA", header.lea());
            x.leaf("SoftwareCode", header.softwareCode());
            x.leaf("Release", header.release());
            x.leaf("SerialNo", header.serialNo());
            x.leaf("DateTime", header.dateTime() == null ? null : header.dateTime().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
            x.close();
            x.close();
            x.open("Children");
            while (children.hasNext()) {
                child(x, children.next());
            }
            x.close();
            x.close();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the CIN census XML", e);
        }
    }

    private static void child(Pretty x, CinCensusChild c) throws XMLStreamException {
        x.open("Child");
        x.open("ChildIdentifiers");
        x.leaf("LAchildID", c.laChildId());
        x.leaf("UPN", c.upn());
        x.leaf("FormerUPN", c.formerUpn());
        x.leaf("UPNunknown", c.upnUnknown());
        x.leaf("PersonBirthDate", c.birthDate());
        x.leaf("ExpectedPersonBirthDate", c.expectedBirthDate());
        x.leaf("GenderCurrent", c.genderCurrent());
        x.leaf("PersonDeathDate", c.deathDate());
        x.close();
        x.open("ChildCharacteristics");
        x.leaf("Ethnicity", c.ethnicity());
        if (!c.disabilities().isEmpty()) {
            x.open("Disabilities");
            for (String d : c.disabilities()) {
                x.leaf("Disability", d);
            }
            x.close();
        }
        x.close();
        for (Episode e : c.episodes()) {
            episode(x, e);
        }
        x.close();
    }

    private static void episode(Pretty x, Episode e) throws XMLStreamException {
        x.open("CINdetails");
        x.leaf("CINreferralDate", e.referralDate());
        x.leaf("ReferralSource", e.referralSource());
        x.leaf("PrimaryNeedCode", e.primaryNeed());
        x.leaf("CINclosureDate", e.closureDate());
        x.leaf("ReasonForClosure", e.reasonForClosure());
        x.leaf("DateOfInitialCPC", e.dateOfInitialCpc());
        for (Assessment a : e.assessments()) {
            x.open("Assessments");
            x.leaf("AssessmentActualStartDate", a.startDate());
            x.leaf("AssessmentInternalReviewDate", a.internalReviewDate());
            x.leaf("AssessmentAuthorisationDate", a.authorisationDate());
            factors(x, a.factors());
            x.close();
        }
        for (CinPlan p : e.cinPlans()) {
            x.open("CINPlanDates");
            x.leaf("CINPlanStartDate", p.startDate());
            x.leaf("CINPlanEndDate", p.endDate());
            x.close();
        }
        for (Section47 s : e.section47s()) {
            x.open("Section47");
            x.leaf("S47ActualStartDate", s.startDate());
            x.leaf("InitialCPCtarget", s.initialCpcTarget());
            x.leaf("DateOfInitialCPC", s.dateOfInitialCpc());
            x.leaf("ICPCnotRequired", String.valueOf(s.icpcNotRequired()));
            x.close();
        }
        x.leaf("ReferralNFA", String.valueOf(e.referralNfa()));
        for (CpPlan p : e.cpPlans()) {
            x.open("ChildProtectionPlans");
            x.leaf("CPPstartDate", p.startDate());
            x.leaf("CPPendDate", p.endDate());
            x.leaf("InitialCategoryOfAbuse", p.initialCategory());
            x.leaf("LatestCategoryOfAbuse", p.latestCategory());
            x.leaf("NumberOfPreviousCPP", String.valueOf(p.previousPlans()));
            if (!p.reviewDates().isEmpty()) {
                x.open("Reviews");
                for (LocalDate r : p.reviewDates()) {
                    x.leaf("CPPreviewDate", r);
                }
                x.close();
            }
            x.close();
        }
        x.close();
    }

    private static void factors(Pretty x, List<String> factors) throws XMLStreamException {
        if (!factors.isEmpty()) {
            x.open("FactorsIdentifiedAtAssessment");
            for (String f : factors) {
                x.leaf("AssessmentFactors", f);
            }
            x.close();
        }
    }

    /** Indents two spaces per level so the file can be read by a person checking it before submission. */
    private static final class Pretty {
        private final XMLStreamWriter w;
        private int depth;

        Pretty(XMLStreamWriter w) {
            this.w = w;
        }

        void open(String name) throws XMLStreamException {
            indent();
            w.writeStartElement(name);
            depth++;
        }

        void close() throws XMLStreamException {
            depth--;
            indent();
            w.writeEndElement();
        }

        void leaf(String name, LocalDate value) throws XMLStreamException {
            leaf(name, value == null ? null : value.toString());
        }

        void leaf(String name, String value) throws XMLStreamException {
            if (value == null || value.isBlank()) {
                return;
            }
            indent();
            w.writeStartElement(name);
            w.writeCharacters(value);
            w.writeEndElement();
        }

        private void indent() throws XMLStreamException {
            w.writeCharacters("\n" + "  ".repeat(depth));
        }
    }
}
