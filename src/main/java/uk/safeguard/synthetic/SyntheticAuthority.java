package uk.safeguard.synthetic;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import uk.safeguard.platform.TimeConfiguration;
import java.util.Locale;
import uk.safeguard.synthetic.internal.Generator;

/**
 * A synthetic English local authority, written as SSD files (docs/SSD-FORMAT.md): households of children and adults,
 * ten years of contacts, referrals, assessments, section 47 enquiries, conferences, CIN and CP plans with visits and
 * reviews, and the teams and staff who did the work, calibrated to the England figures (DOMAIN.md section 10).
 * Deterministic: the same size, seed and as-of date give byte-identical files. Synthetic names only: common first
 * names and surnames combined at random, a fictional town ("Riverford", postcodes RF1-RF12) and NHS numbers from the
 * 999 test range. Needs no database and no Spring.
 */
public final class SyntheticAuthority {
    private SyntheticAuthority() {}

    /** Writes every SSD file into {@code outDir} (created if needed) and says what it wrote. */
    public static Summary generate(Size size, long seed, LocalDate asOf, Path outDir, ProgressListener progress) {
        return new Generator(size, seed, asOf, outDir, progress).generate();
    }

    /**
     * Command line: {@code --size demo|medium|large --seed 42 --out DIR [--as-of YYYY-MM-DD]} (as-of defaults to
     * yesterday in London: the history includes the as-of day, so an import today finds nothing in the future). Prints a progress bar, then the summary.
     */
    public static void run(String[] args) {
        Size size = null;
        Long seed = null;
        Path out = null;
        LocalDate asOf = LocalDate.now(TimeConfiguration.LONDON).minusDays(1); // the command line only: generation itself never reads the clock
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (a) {
                case "--size" -> size = Size.valueOf(required(a, value).toUpperCase(Locale.ROOT));
                case "--seed" -> seed = Long.parseLong(required(a, value));
                case "--out" -> out = Path.of(required(a, value));
                case "--as-of" -> asOf = LocalDate.parse(required(a, value));
                default -> throw new IllegalArgumentException("Unknown option " + a + ". " + USAGE);
            }
            i++;
        }
        if (size == null || seed == null || out == null) {
            throw new IllegalArgumentException("Give --size, --seed and --out. " + USAGE);
        }
        PrintStream terminal = System.out;
        Summary summary = generate(size, seed, asOf, out, new ProgressBar(terminal));
        terminal.println();
        terminal.print(summary.describe());
        terminal.println("Files written to " + out.toAbsolutePath());
    }

    private static final String USAGE = "Usage: generate --size demo|medium|large --seed 42 --out DIR [--as-of YYYY-MM-DD]";

    private static String required(String option, String value) {
        if (value == null || value.startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value. " + USAGE);
        }
        return value;
    }

    /** {@code \r[#####.....] 52% writing ssd_cp_visits}, redrawn only when something changes. */
    static final class ProgressBar implements ProgressListener {
        private final PrintStream out;
        private int lastPercent = -1;
        private String lastStage = "";

        ProgressBar(PrintStream out) {
            this.out = out;
        }

        @Override
        public synchronized void progress(double fraction, String stage) {
            int percent = (int) Math.floor(Math.max(0, Math.min(1, fraction)) * 100);
            if (percent == lastPercent && stage.equals(lastStage)) {
                return;
            }
            int filled = percent / 5;
            String line = "\r[" + "#".repeat(filled) + ".".repeat(20 - filled) + "] " + String.format("%3d%% ", percent) + stage;
            int pad = Math.max(0, ("[" + lastStage).length() - stage.length() + 1);
            out.print(line + " ".repeat(Math.min(pad, 40)));
            out.flush();
            lastPercent = percent;
            lastStage = stage;
        }
    }
}
