package uk.safeguard.people;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The characteristics statutory returns carry for each child (CIN census ChildIdentifiers/Characteristics). */
public interface ChildFacts {

    /** The children asked for, by person id (merged duplicates answer for their survivor's details). */
    Map<Long, ChildCharacteristics> characteristics(Collection<Long> personIds);

    /** Person ids that were merged into another record (the DfE API purges them). */
    List<Long> mergedAway();

    /** The person ids merged into this person (its duplicates; merges are re-pointed to the survivor), in id order. */
    List<Long> mergedInto(long personId);

    /**
     * {@code sex} ref_sex code (CIN census: M, F, U), {@code gender} ref_gender, {@code ethnicity} ref_ethnicity
     * code, {@code disabilities} ref_disability codes (empty when none recorded), {@code upn} unique pupil number,
     * {@code postcode} of the current address; {@code kind} a {@link PersonKind} name (CHILD, UNBORN).
     */
    record ChildCharacteristics(long personId, String givenNames, String familyName, LocalDate dateOfBirth,
                                LocalDate expectedDateOfBirth, String sex, String gender, String ethnicity,
                                String upn, String nhsNumber, List<String> disabilities, String postcode,
                                String kind) {}
}
