package uk.safeguard.returns;

import java.util.List;

/**
 * One broken DfE validation rule on one child: the rule number and its published message, whether it is an error
 * (the return fails) or a query (the DfE asks to check), the census items it touches, the record it is about with a
 * link to fix it, and the worker who should.
 */
public record CinCensusFinding(long childId, String rule, String message, boolean error, List<String> items,
                               String subject, String href, Long workerId) {
    public CinCensusFinding {
        items = List.copyOf(items);
    }
}
