package uk.safeguard.reporting.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import uk.safeguard.access.AgencyType;
import uk.safeguard.frontdoor.Decision;
import uk.safeguard.frontdoor.FrontDoorFacts.ContactFact;
import uk.safeguard.reporting.Period;

/**
 * Attrition: contacts that "didn't go anywhere", by referring agency type and by school, which the scrutiny committee
 * asked for (seeds 003 lines 394-396: "the attrition rates and the proportion of contacts that didn't go anywhere";
 * "the number of referrals that come from particular schools"). Aggregates only: counts and percentages, no child.
 */
public record AttritionReport(Period period, List<AttritionLine> byAgencyType, AttritionLine allAgencies,
                              List<AttritionLine> bySchool, AttritionLine allSchools) {

    /** Closed with advice, signposting or a consultation only: the SSD contact outcome "Information and Advice". */
    static final Set<Decision> ADVICE_ONLY = EnumSet.of(Decision.ADVICE_AND_INFORMATION, Decision.SIGNPOSTED,
            Decision.CONSULTATION_ARRANGED);

    public static final String NOT_RECORDED = "Agency not recorded (e.g. family, public or anonymous)";

    public static AttritionReport of(Period period, List<ContactFact> contacts) {
        List<ContactFact> inPeriod = contacts.stream()
                .filter(c -> c.receivedAt() != null && period.contains(
                        c.receivedAt().atZone(uk.safeguard.platform.TimeConfiguration.LONDON).toLocalDate()))
                .toList();
        List<AttritionLine> agencies = lines(inPeriod, c -> agencyLabel(c.referrerAgencyType()));
        List<AttritionLine> schools = lines(inPeriod.stream().filter(c -> c.school() != null && !c.school().isBlank()).toList(),
                c -> c.school().trim());
        return new AttritionReport(period, agencies, total(agencies, "All agencies"), schools, total(schools, "All schools"));
    }

    static String agencyLabel(String agencyType) {
        if (agencyType == null || agencyType.isBlank()) {
            return NOT_RECORDED;
        }
        try {
            return AgencyType.valueOf(agencyType).label();
        } catch (IllegalArgumentException e) {
            return agencyType;
        }
    }

    private static List<AttritionLine> lines(List<ContactFact> contacts, Function<ContactFact, String> key) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (ContactFact c : contacts) {
            long[] n = counts.computeIfAbsent(key.apply(c), k -> new long[4]);
            n[0]++;
            Decision decision = decision(c.decision());
            if (decision == Decision.NO_FURTHER_ACTION) {
                n[1]++;
            } else if (decision != null && ADVICE_ONLY.contains(decision)) {
                n[2]++;
            } else if (decision == null || decision == Decision.HELD_IN_MASH) {
                n[3]++;
            }
        }
        List<AttritionLine> lines = new ArrayList<>();
        counts.forEach((name, n) -> lines.add(new AttritionLine(name, n[0], n[1], n[2], n[3])));
        lines.sort(Comparator.comparingLong(AttritionLine::contacts).reversed().thenComparing(AttritionLine::name));
        return List.copyOf(lines);
    }

    private static Decision decision(String name) {
        if (name == null) {
            return null;
        }
        try {
            return Decision.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static AttritionLine total(List<AttritionLine> lines, String name) {
        AttritionLine total = new AttritionLine(name, 0, 0, 0, 0);
        for (AttritionLine line : lines) {
            total = total.plus(line);
        }
        return total;
    }

    public ExportTable agencyTable() {
        return table("Attrition by agency type", "Referring agency type", byAgencyType, allAgencies);
    }

    public ExportTable schoolTable() {
        return table("Attrition by school", "School", bySchool, allSchools);
    }

    private ExportTable table(String name, String first, List<AttritionLine> lines, AttritionLine total) {
        ExportTable.Builder table = ExportTable.named(name, first, "From", "To", "Children on contacts",
                "No further action", "No further action %", "Advice or signposting only", "Advice or signposting only %",
                "Went no further %", "Awaiting decision");
        List<AttritionLine> all = new ArrayList<>(lines);
        all.add(total);
        for (AttritionLine l : all) {
            table.row(l.name(), period.from(), period.to(), l.contacts(), l.noFurtherAction(), l.noFurtherActionPercent(),
                    l.adviceOnly(), l.adviceOnlyPercent(), l.wentNoFurtherPercent(), l.awaiting());
        }
        return table.build();
    }
}
