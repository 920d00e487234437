package uk.safeguard.protection;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.safeguard.platform.TimeConfiguration;
import uk.safeguard.protection.internal.ProtectionRepository;

/**
 * The start and end of the section 47 enquiries of an SSD import, for the conference import's checks (an initial
 * conference follows the enquiry that led to it). Enquiries checked in the current import are remembered as they are
 * checked (they may not be written yet); ones imported earlier are read from the table.
 */
@Component
public class Section47SsdDates {
    public record Dates(LocalDate start, LocalDate end) {}

    private final ProtectionRepository repository;
    private String importId;
    private final Map<String, Dates> checked = new HashMap<>();

    public Section47SsdDates(ProtectionRepository repository) {
        this.repository = repository;
    }

    /** Called by the enquiries' import while checking a row. */
    public synchronized void remember(String importId, String ssdId, Dates dates) {
        current(importId);
        checked.put(ssdId, dates);
    }

    /** The enquiry's dates: checked in this import under {@code ssdId}, or else the stored enquiry {@code localId}. */
    public synchronized Optional<Dates> of(String importId, String ssdId, Long localId) {
        current(importId);
        Dates d = checked.get(ssdId);
        if (d == null && localId != null) {
            d = repository.enquiry(localId).map(e -> new Dates(e.startedAt().atZone(TimeConfiguration.LONDON).toLocalDate(),
                    e.completedOn())).orElse(null);
            if (d != null) {
                checked.put(ssdId, d);
            }
        }
        return Optional.ofNullable(d);
    }

    private void current(String id) {
        if (!id.equals(importId)) {
            importId = id;
            checked.clear();
        }
    }
}
