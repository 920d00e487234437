package uk.safeguard.returns;

import java.util.List;
import uk.safeguard.calendar.WorkingDays;

/**
 * One DfE CIN census validation rule: its number, the message as the DfE publishes it, the census items it touches,
 * whether it is an error or a query (the DfE's "Q" rules), and the check itself, pure over one child's census record.
 */
public record CinCensusRule(String code, String message, boolean error, List<String> items, Check check) {

    public CinCensusRule {
        items = List.copyOf(items);
    }

    /** Reports every record of this child that breaks the rule. */
    @FunctionalInterface
    public interface Check {
        void apply(CinCensusChild child, Context context, Hits hits);
    }

    /** The collection year checked and the working-day calendar (rules counting working days use bank holidays). */
    public record Context(CinCensusYear year, WorkingDays workingDays) {}

    /** Where a check reports: the record that breaks the rule (its ref; null for the child as a whole). */
    @FunctionalInterface
    public interface Hits {
        void add(CinCensusChild.Ref where);
    }
}
