package uk.safeguard.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Times a medium and a large generation and prints their summaries (run with -Pbench:
 * {@code mvn -o -q test -Pbench -Dtest=SyntheticAuthorityBenchmark}). Excluded from the normal build.
 */
@Tag("benchmark")
class SyntheticAuthorityBenchmark {
    @TempDir
    Path tmp;

    @Test
    void mediumAndLarge() {
        for (Size size : new Size[] {Size.MEDIUM, Size.LARGE}) {
            Summary s = SyntheticAuthority.generate(size, 42, LocalDate.of(2026, 11, 23), tmp.resolve(size.name()), ProgressListener.NONE);
            System.out.print(s.describe());
            assertThat(s.childrenUnder18()).isGreaterThanOrEqualTo(size.children());
        }
    }
}
