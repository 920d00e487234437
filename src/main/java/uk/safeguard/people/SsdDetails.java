package uk.safeguard.people;

import java.time.LocalDate;

/**
 * What the SSD carries about a person that Safeguard's own forms do not ask for, kept from an import (all null for
 * a person registered in Safeguard): the legacy system's id, why there is no UPN (upn_unknown.yml), whether they have
 * an EHC plan, date of death, whether the source system counted them a mother, nationality.
 */
public record SsdDetails(String legacyId, String upnUnknown, Boolean hasEhcPlan, LocalDate dateOfDeath, Boolean isMother,
                         String nationality) {
    public boolean isEmpty() {
        return legacyId == null && upnUnknown == null && hasEhcPlan == null && dateOfDeath == null && isMother == null
                && nationality == null;
    }
}
