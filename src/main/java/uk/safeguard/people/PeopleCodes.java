package uk.safeguard.people;

import java.util.Map;
import org.springframework.stereotype.Service;
import uk.safeguard.people.internal.CodeLists;

/** The SSD code lists the register uses (sex, gender, ethnicity, disability, UPN unknown): code → description, for display. */
@Service
public class PeopleCodes {
    private final CodeLists codes;

    public PeopleCodes(CodeLists codes) {
        this.codes = codes;
    }

    public Map<String, String> sex() {
        return codes.sex();
    }

    public Map<String, String> gender() {
        return codes.gender();
    }

    public Map<String, String> ethnicity() {
        return codes.ethnicity();
    }

    public Map<String, String> disability() {
        return codes.disability();
    }

    public Map<String, String> upnUnknown() {
        return codes.upnUnknown();
    }
}
