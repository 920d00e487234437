package uk.safeguard.returns.internal;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import uk.safeguard.returns.CinCensusChild;
import uk.safeguard.returns.CinCensusChild.Assessment;
import uk.safeguard.returns.CinCensusChild.CinPlan;
import uk.safeguard.returns.CinCensusChild.CpPlan;
import uk.safeguard.returns.CinCensusChild.Episode;
import uk.safeguard.returns.CinCensusChild.Section47;
import uk.safeguard.returns.CinCensusHeader;
import uk.safeguard.returns.CinCensusMessage;

/**
 * Reads a CIN census XML file back into the value model (StAX; no DTDs or external entities). Used to check a
 * return round-trips, and to read a file back for checking. Items not in the model are ignored.
 */
public final class CinCensusXmlReader {

    private CinCensusXmlReader() {}

    public static CinCensusMessage read(InputStream in) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            XMLStreamReader r = factory.createXMLStreamReader(in);
            Map<String, String> header = new HashMap<>();
            List<CinCensusChild> children = new ArrayList<>();
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "CollectionDetails", "Source" -> header.putAll(leaves(r));
                        case "Child" -> children.add(child(r));
                        default -> { }
                    }
                }
            }
            CinCensusHeader h = new CinCensusHeader(header.get("Collection"), Integer.parseInt(header.getOrDefault("Year", "0")),
                    date(header.get("ReferenceDate")), header.get("SourceLevel"), header.get("LEA"), header.get("SoftwareCode"),
                    header.get("Release"), header.get("SerialNo"),
                    header.get("DateTime") == null ? null : LocalDateTime.parse(header.get("DateTime")));
            return new CinCensusMessage(h, children);
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("Not a readable CIN census XML file: " + e.getMessage(), e);
        }
    }

    /** The text of every leaf element inside the current element, by name (for flat groups). */
    private static Map<String, String> leaves(XMLStreamReader r) throws XMLStreamException {
        Map<String, String> values = new HashMap<>();
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = r.getLocalName();
                String text = r.getElementText();
                values.put(name, text.trim());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return values;
    }

    private static CinCensusChild child(XMLStreamReader r) throws XMLStreamException {
        Map<String, String> ids = Map.of();
        Map<String, String> chars = new HashMap<>();
        List<String> disabilities = new ArrayList<>();
        List<Episode> episodes = new ArrayList<>();
        while (true) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("Child")) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (r.getLocalName()) {
                case "ChildIdentifiers" -> ids = leaves(r);
                case "Ethnicity" -> chars.put("Ethnicity", r.getElementText().trim());
                case "Disability" -> disabilities.add(r.getElementText().trim());
                case "CINdetails" -> episodes.add(episode(r));
                default -> { }
            }
        }
        return new CinCensusChild(Long.parseLong(ids.get("LAchildID")), ids.get("UPN"), ids.get("FormerUPN"),
                ids.get("UPNunknown"), date(ids.get("PersonBirthDate")), date(ids.get("ExpectedPersonBirthDate")),
                ids.get("GenderCurrent"), date(ids.get("PersonDeathDate")), chars.get("Ethnicity"), disabilities, episodes, null);
    }

    private static Episode episode(XMLStreamReader r) throws XMLStreamException {
        Map<String, String> v = new HashMap<>();
        List<Assessment> assessments = new ArrayList<>();
        List<CinPlan> plans = new ArrayList<>();
        List<Section47> enquiries = new ArrayList<>();
        List<CpPlan> cpPlans = new ArrayList<>();
        while (true) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("CINdetails")) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (r.getLocalName()) {
                case "Assessments" -> assessments.add(assessment(r));
                case "CINPlanDates" -> {
                    Map<String, String> p = leaves(r);
                    plans.add(new CinPlan(date(p.get("CINPlanStartDate")), date(p.get("CINPlanEndDate")), null));
                }
                case "Section47" -> {
                    Map<String, String> s = leaves(r);
                    enquiries.add(new Section47(date(s.get("S47ActualStartDate")), date(s.get("InitialCPCtarget")),
                            date(s.get("DateOfInitialCPC")), yes(s.get("ICPCnotRequired")), null));
                }
                case "ChildProtectionPlans" -> cpPlans.add(cpPlan(r));
                default -> v.put(r.getLocalName(), r.getElementText().trim());
            }
        }
        return new Episode(date(v.get("CINreferralDate")), v.get("ReferralSource"), v.get("PrimaryNeedCode"),
                date(v.get("CINclosureDate")), v.get("ReasonForClosure"), date(v.get("DateOfInitialCPC")), assessments, plans,
                enquiries, yes(v.get("ReferralNFA")), cpPlans, null);
    }

    private static Assessment assessment(XMLStreamReader r) throws XMLStreamException {
        Map<String, String> v = new HashMap<>();
        List<String> factors = new ArrayList<>();
        while (true) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("Assessments")) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (r.getLocalName().equals("AssessmentFactors")) {
                    factors.add(r.getElementText().trim());
                } else if (!r.getLocalName().equals("FactorsIdentifiedAtAssessment")) {
                    v.put(r.getLocalName(), r.getElementText().trim());
                }
            }
        }
        return new Assessment(date(v.get("AssessmentActualStartDate")), date(v.get("AssessmentInternalReviewDate")),
                date(v.get("AssessmentAuthorisationDate")), factors, null);
    }

    private static CpPlan cpPlan(XMLStreamReader r) throws XMLStreamException {
        Map<String, String> v = new HashMap<>();
        List<LocalDate> reviews = new ArrayList<>();
        while (true) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("ChildProtectionPlans")) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (r.getLocalName().equals("CPPreviewDate")) {
                    reviews.add(date(r.getElementText().trim()));
                } else if (!r.getLocalName().equals("Reviews")) {
                    v.put(r.getLocalName(), r.getElementText().trim());
                }
            }
        }
        return new CpPlan(date(v.get("CPPstartDate")), date(v.get("CPPendDate")), v.get("InitialCategoryOfAbuse"),
                v.get("LatestCategoryOfAbuse"), Integer.parseInt(v.getOrDefault("NumberOfPreviousCPP", "0")), reviews, null);
    }

    private static LocalDate date(String s) {
        return s == null || s.isBlank() ? null : LocalDate.parse(s.trim());
    }

    /** The DfE schema's yes/no: true, false, TRUE, FALSE, 1, 0. */
    private static boolean yes(String s) {
        return s != null && (s.equalsIgnoreCase("true") || s.equals("1"));
    }
}
