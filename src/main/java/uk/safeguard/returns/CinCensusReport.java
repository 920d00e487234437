package uk.safeguard.returns;

import java.util.List;

/**
 * The validation report for a collection year: how many children the return holds, each child with findings (the
 * worker to fix each), and the count of findings per rule.
 */
public record CinCensusReport(int year, String label, int childrenInReturn, int errors, int queries,
                              List<ChildFindings> children, List<RuleCount> rules) {

    /** One child's findings. {@code name} is the child's name as recorded (for the page; never in the XML). */
    public record ChildFindings(long childId, String name, List<Line> findings) {}

    /** One finding as shown: the rule, message, error or query, the record, where to fix it, and who should. */
    public record Line(String rule, String message, boolean error, List<String> items, String subject, String href,
                       Long workerId, String workerName) {}

    public record RuleCount(String rule, String message, boolean error, int count) {}
}
