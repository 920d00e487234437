package uk.safeguard.protection;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.safeguard.platform.TimeConfiguration;

/** Request bodies for the protection tests. */
final class ProtectionTestSupport {
    private ProtectionTestSupport() {}

    static String london(LocalDateTime t) {
        return t.atZone(TimeConfiguration.LONDON).toInstant().toString();
    }

    static Map<String, Object> attendee(String name, long agencyId, String role, boolean attended) {
        Map<String, Object> a = new HashMap<>();
        a.put("name", name);
        a.put("agencyId", agencyId);
        a.put("role", role);
        a.put("attended", attended);
        return a;
    }

    /** A strategy discussion with the given attendees, deciding on a section 47 enquiry or not. */
    static Map<String, Object> discussion(LocalDateTime heldAt, boolean section47, List<Map<String, Object>> attendees) {
        Map<String, Object> d = new HashMap<>();
        d.put("heldAt", london(heldAt));
        d.put("format", "MEETING");
        d.put("attendees", attendees);
        d.put("informationShared", "School reported bruising; health visitor notes missed appointments; police hold two call-outs.");
        d.put("section47", section47);
        d.put("section47Rationale", section47 ? "Reasonable cause to suspect significant harm (unexplained bruising)." : "Needs met under s17.");
        d.put("criminalInvestigation", "JOINT");
        d.put("criminalLeadAgency", "Riverford Police");
        d.put("legalAction", "None at present");
        d.put("sharedWithFamily", "That enquiries are being made");
        d.put("actions", new ArrayList<>());
        return d;
    }
}
