package uk.safeguard.returns.internal;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.safeguard.platform.DataEntryChecks;
import uk.safeguard.returns.CinCensus;

/**
 * The CIN census rules applied to one child over the current collection year, for the pages where the data is
 * entered. A check must never stop a page: when the facts cannot be read the page shows no checks (and it is logged).
 */
@Component
public class CinCensusDataEntryChecks implements DataEntryChecks {
    private static final Logger LOG = LoggerFactory.getLogger(CinCensusDataEntryChecks.class);

    private final CinCensus census;

    public CinCensusDataEntryChecks(CinCensus census) {
        this.census = census;
    }

    @Override
    public List<Finding> check(long childId) {
        if (!census.factsAvailable()) {
            return List.of();
        }
        try {
            return census.check(census.currentYear(), childId).stream()
                    .map(f -> new Finding(f.rule(), f.message(), f.subject(), String.join(", ", f.items()), f.error()))
                    .toList();
        } catch (RuntimeException e) {
            LOG.warn("CIN census checks for child {} could not run", childId, e);
            return List.of();
        }
    }
}
