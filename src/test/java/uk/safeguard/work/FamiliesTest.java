package uk.safeguard.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.safeguard.work.internal.Families;

class FamiliesTest {
    @Test
    void siblingsInOneHouseholdCountOnceAndAChildInNoHouseholdIsTheirOwnFamily() {
        assertThat(Families.count(Map.of(1L, List.of(10L), 2L, List.of(10L), 3L, List.of()))).isEqualTo(2);
    }

    @Test
    void householdsLinkedThroughAChildAreOneFamily() {
        // child 2 lives in both households (e.g. shared care): 1, 2 and 3 are one family
        assertThat(Families.count(Map.of(1L, List.of(10L), 2L, List.of(10L, 11L), 3L, List.of(11L), 4L, List.of(12L)))).isEqualTo(2);
    }

    @Test
    void noChildrenNoFamilies() {
        assertThat(Families.count(Map.of())).isZero();
    }
}
