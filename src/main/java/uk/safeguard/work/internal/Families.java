package uk.safeguard.work.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Counts families in a caseload: children who currently share a household (a sibling group) are one family, also
 * through a chain of households; a child in no household is a family of their own.
 */
public final class Families {
    private Families() {}

    /** @param householdsOfChild for each child, the households the child is a current member of */
    public static int count(Map<Long, ? extends Collection<Long>> householdsOfChild) {
        Map<Long, Long> parent = new HashMap<>();
        Map<Long, Long> firstChildOfHousehold = new HashMap<>();
        householdsOfChild.keySet().forEach(c -> parent.put(c, c));
        householdsOfChild.forEach((child, households) -> {
            for (Long household : households) {
                Long first = firstChildOfHousehold.putIfAbsent(household, child);
                if (first != null) {
                    parent.put(root(parent, child), root(parent, first));
                }
            }
        });
        Set<Long> roots = new HashSet<>();
        parent.keySet().forEach(c -> roots.add(root(parent, c)));
        return roots.size();
    }

    private static long root(Map<Long, Long> parent, long child) {
        long r = child;
        while (parent.get(r) != r) {
            r = parent.get(r);
        }
        return r;
    }
}
