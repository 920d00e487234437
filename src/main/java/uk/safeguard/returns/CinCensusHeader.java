package uk.safeguard.returns;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The XML Header: CollectionDetails (Collection "CIN", Year, ReferenceDate) and Source (SourceLevel "L", the local
 * authority's three-digit LEA code, software, release, serial number, when the file was made).
 */
public record CinCensusHeader(String collection, int year, LocalDate referenceDate, String sourceLevel, String lea,
                              String softwareCode, String release, String serialNo, LocalDateTime dateTime) {

    public static CinCensusHeader forYear(CinCensusYear year, String lea, String serialNo, LocalDateTime madeAt) {
        // Year is the year of the reference date (the census "2026 to 2027" is Year 2027, ReferenceDate 2027-03-31).
        return new CinCensusHeader("CIN", year.referenceDate().getYear(), year.referenceDate(), "L", lea,
                "Safeguard", "1.0", serialNo, madeAt);
    }
}
