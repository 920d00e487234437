package uk.safeguard.migration;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.safeguard.audit.Actor;

/**
 * The command line: {@code ssd-import PATH} (a zip or a directory of SSD CSV files), {@code ssd-export PATH} (a zip, or
 * a directory when PATH ends with / or is one) and {@code generate ...} (the synthetic authority). Import and export
 * start Safeguard without its web server (nothing listens), on the same database as the application (the embedded one in ./data, or
 * SAFEGUARD_DB_URL), with demo data off unless SAFEGUARD_DEMO says otherwise. Exit status 0 on success, 1 on failure,
 * 2 for a command line that cannot be run.
 */
public final class SsdCommandLine {
    public static final Actor IMPORTER = new Actor(0, "ssd-import", "SSD import (command line)");
    public static final Actor EXPORTER = new Actor(0, "ssd-export", "SSD export (command line)");
    /** Errors printed on the terminal; the rest are counted (and kept in ssd_import). */
    static final int ERRORS_PRINTED = 50;
    static final String GENERATOR = "uk.safeguard.synthetic.SyntheticAuthority";
    static final String USAGE = """
            Usage:
              java -jar safeguard.jar                         run Safeguard (web server)
              java -jar safeguard.jar ssd-import PATH         import SSD CSV files from a zip or a directory
              java -jar safeguard.jar ssd-export PATH         export every record to a zip (or a directory: PATH/)
              java -jar safeguard.jar generate --size demo|medium|large --seed N --out DIR
            Import and export use the application's database: the embedded one in ./data, or SAFEGUARD_DB_URL
            (with SAFEGUARD_DB_USER, SAFEGUARD_DB_PASSWORD). Spring options may follow, e.g. --safeguard.db.url=...""";

    private SsdCommandLine() {}

    /** What the command line asks for. */
    public sealed interface Command permits Import, Export, Generate, Invalid {}

    public record Import(Path path, List<String> springArgs) implements Command {}

    public record Export(Path path, boolean directory, List<String> springArgs) implements Command {}

    public record Generate(String[] args) implements Command {}

    public record Invalid(String message) implements Command {}

    /** Whether the first argument is one of these commands (otherwise the application starts as usual). */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && List.of("ssd-import", "ssd-export", "generate").contains(args[0]);
    }

    public static Command parse(String[] args) {
        if (!isCommand(args)) {
            return new Invalid("Unknown command" + (args.length == 0 ? "" : ": " + args[0]));
        }
        if (args[0].equals("generate")) {
            return new Generate(Arrays.copyOfRange(args, 1, args.length));
        }
        List<String> rest = new ArrayList<>(Arrays.asList(args).subList(1, args.length));
        List<String> spring = rest.stream().filter(a -> a.startsWith("--")).toList();
        List<String> paths = rest.stream().filter(a -> !a.startsWith("--")).toList();
        if (paths.size() != 1) {
            return new Invalid(args[0] + " needs one PATH" + (paths.isEmpty() ? "" : ", not " + paths.size()));
        }
        String p = paths.get(0);
        Path path = Path.of(p);
        if (args[0].equals("ssd-import")) {
            if (!Files.exists(path)) {
                return new Invalid("No such file or directory: " + p);
            }
            return new Import(path, spring);
        }
        boolean directory = p.endsWith("/") || p.endsWith(java.io.File.separator) || Files.isDirectory(path);
        return new Export(path, directory, spring);
    }

    /** Runs the command line in a fresh Safeguard (no web server) and returns the exit status. */
    public static int main(String[] args, Class<?> application) {
        PrintStream out = System.out;
        Command command = parse(args);
        if (command instanceof Invalid invalid) {
            System.err.println(invalid.message());
            System.err.println(USAGE);
            return 2;
        }
        if (command instanceof Generate generate) {
            return generate(generate.args(), out);
        }
        List<String> springArgs = command instanceof Import i ? i.springArgs() : ((Export) command).springArgs();
        try (ConfigurableApplicationContext context = start(application, springArgs)) {
            return run(command, context.getBean(SsdImports.class), context.getBean(SsdExports.class), out);
        }
    }

    /** Runs an import or export with these services (tests call this with the test application's). */
    public static int run(Command command, SsdImports imports, SsdExports exports, PrintStream out) {
        try {
            if (command instanceof Import i) {
                return importFrom(i.path(), imports, out);
            } else if (command instanceof Export e) {
                return exportTo(e, exports, out);
            } else if (command instanceof Generate g) {
                return generate(g.args(), out);
            }
            out.println(((Invalid) command).message());
            return 2;
        } catch (RuntimeException e) {
            out.println();
            out.println("Failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return 1;
        }
    }

    private static int importFrom(Path path, SsdImports imports, PrintStream out) {
        SsdSource source = Files.isDirectory(path) ? SsdSources.directory(path) : SsdSources.zip(path);
        out.println("Importing " + path + " ...");
        Bar bar = new Bar(out);
        SsdImportStatus result = imports.run(IMPORTER, source, bar::show);
        bar.end();
        out.print(describe(result));
        return result.succeeded() ? 0 : 1;
    }

    private static int exportTo(Export export, SsdExports exports, PrintStream out) {
        out.println("Exporting to " + export.path() + (export.directory() ? " (a directory)" : " (a zip)") + " ...");
        Bar bar = new Bar(out);
        Map<String, Long> rows;
        if (export.directory()) {
            try {
                Files.createDirectories(export.path());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("Cannot create the directory " + export.path() + ": " + e.getMessage(), e);
            }
            rows = exports.export(EXPORTER, SsdSources.directorySink(export.path()), bar::show, export.path().toString());
        } else {
            try {
                Path parent = export.path().toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                try (OutputStream file = Files.newOutputStream(export.path())) {
                    SsdSources.ZipSink zip = SsdSources.zip(file);
                    rows = exports.export(EXPORTER, zip, bar::show, export.path().toString());
                    zip.finish();
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("Cannot write " + export.path() + ": " + e.getMessage(), e);
            }
        }
        bar.end();
        long total = rows.values().stream().mapToLong(Long::longValue).sum();
        out.println("Exported " + number(total) + " rows in " + rows.size() + " files to " + export.path());
        out.print(table(List.of("file", "rows"), rows.entrySet().stream()
                .map(e -> List.of(e.getKey(), number(e.getValue()))).toList()));
        return 0;
    }

    /** The synthetic authority generator, found by name (another module; it may be absent from this build). */
    static int generate(String[] args, PrintStream out) {
        Class<?> generator;
        try {
            generator = Class.forName(GENERATOR);
        } catch (ClassNotFoundException e) {
            out.println("The synthetic authority generator (" + GENERATOR + ") is not in this build of Safeguard.");
            return 1;
        }
        try {
            Method run = generator.getMethod("run", String[].class);
            if (!Modifier.isStatic(run.getModifiers())) {
                out.println(GENERATOR + ".run(String[]) is not static: cannot start the generator.");
                return 1;
            }
            Object status = run.invoke(null, (Object) args);
            return status instanceof Integer code ? code : 0;
        } catch (NoSuchMethodException | IllegalAccessException e) {
            out.println(GENERATOR + " has no public static run(String[]): " + e.getMessage());
            return 1;
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            out.println("generate failed: " + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()));
            return 1;
        }
    }

    private static ConfigurableApplicationContext start(Class<?> application, List<String> springArgs) {
        List<String> args = new ArrayList<>(springArgs);
        args.add("--server.port=-1");
        boolean demoChosen = System.getenv("SAFEGUARD_DEMO") != null || System.getProperty("safeguard.demo") != null
                || springArgs.stream().anyMatch(a -> a.startsWith("--safeguard.demo="));
        if (!demoChosen) {
            // no demo users or demo journeys in a database being migrated; the database itself is chosen as usual
            args.add("--safeguard.demo=false");
        }
        // A web application context without a web server (port -1, nothing listens): the security configuration needs
        // the servlet web context (WebApplicationType.NONE leaves it without HttpSecurity and it does not start).
        return new SpringApplicationBuilder(application).web(WebApplicationType.SERVLET)
                .properties("spring.main.banner-mode=off", "logging.level.root=WARN")
                .run(args.toArray(String[]::new));
    }

    // ---- what the terminal shows ----

    /**
     * {@code [##########..........]  52% 512,345/985,000 rows  ssd_cin_episodes} (without a total, as in an export:
     * {@code 512,345 rows  ssd_person}).
     */
    public static String progressBar(long read, long total, String file, int width) {
        String name = file == null ? "" : file.endsWith(".csv") ? file.substring(0, file.length() - 4) : file;
        if (total <= 0) {
            return number(read) + " rows  " + name;
        }
        int filled = (int) Math.min(width, read * width / total);
        long percent = Math.min(100, read * 100 / total);
        return "[" + "#".repeat(filled) + ".".repeat(width - filled) + "] " + String.format(Locale.ROOT, "%3d%%", percent)
                + " " + number(read) + "/" + number(total) + " rows  " + name;
    }

    /** The outcome as printed: rows written per file, or the errors as a table (the first 50) and their count. */
    public static String describe(SsdImportStatus result) {
        StringBuilder s = new StringBuilder();
        if (result.succeeded()) {
            s.append("Import ").append(result.id()).append(" succeeded: ").append(number(result.rowsWrittenTotal()))
                    .append(" rows written, ").append(number(result.rowsAlreadyImported())).append(" already imported.\n");
            if (!result.rowsWritten().isEmpty()) {
                s.append(table(List.of("file", "rows written"), result.rowsWritten().entrySet().stream()
                        .sorted(Map.Entry.comparingByKey()).map(e -> List.of(e.getKey(), number(e.getValue()))).toList()));
            }
        } else {
            s.append("Import ").append(result.id()).append(" failed: ").append(number(result.errorCount()))
                    .append(result.errorCount() == 1 ? " error" : " errors").append("; nothing was written.\n");
            s.append(table(List.of("file", "row", "field", "rule", "message"), result.errors().stream().limit(ERRORS_PRINTED)
                    .map(e -> List.of(e.file(), e.row() > 0 ? String.valueOf(e.row()) : "", e.field(), e.rule(), e.message()))
                    .toList()));
            if (result.errorCount() > ERRORS_PRINTED) {
                s.append("... and ").append(number(result.errorCount() - ERRORS_PRINTED))
                        .append(" more (the first 10,000 are kept: /admin/imports/").append(result.id()).append(")\n");
            }
        }
        if (!result.ignoredFiles().isEmpty()) {
            s.append("Not read (Safeguard does not import these objects): ").append(String.join(", ", result.ignoredFiles())).append('\n');
        }
        return s.toString();
    }

    static String table(List<String> header, List<List<String>> rows) {
        int[] widths = new int[header.size()];
        for (int i = 0; i < header.size(); i++) {
            widths[i] = header.get(i).length();
            for (List<String> r : rows) {
                widths[i] = Math.max(widths[i], r.get(i) == null ? 0 : r.get(i).length());
            }
        }
        StringBuilder s = new StringBuilder();
        line(s, header, widths);
        line(s, Arrays.stream(widths).mapToObj("-"::repeat).toList(), widths);
        rows.forEach(r -> line(s, r, widths));
        return s.toString();
    }

    private static void line(StringBuilder s, List<String> cells, int[] widths) {
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i) == null ? "" : cells.get(i);
            s.append(i == cells.size() - 1 ? c : c + " ".repeat(widths[i] - c.length() + 2));
        }
        s.append('\n');
    }

    static String number(long n) {
        return String.format(Locale.UK, "%,d", n);
    }

    /** Redraws one terminal line ({@code \r}), at most every 100 ms. */
    private static final class Bar {
        private final PrintStream out;
        private long shownAt;
        private int lastLength;
        private boolean shown;

        Bar(PrintStream out) {
            this.out = out;
        }

        synchronized void show(long read, long total, String file) {
            long now = System.nanoTime();
            if (shown && now - shownAt < 100_000_000L && (total <= 0 || read < total)) {
                return;
            }
            shownAt = now;
            shown = true;
            String line = progressBar(read, total, file, 20);
            out.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
            lastLength = line.length();
            out.flush();
        }

        void end() {
            if (shown) {
                out.println();
            }
        }
    }
}
