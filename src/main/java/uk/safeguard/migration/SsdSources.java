package uk.safeguard.migration;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Sources and sinks of SSD files: a zip, a directory, or text in memory. */
public final class SsdSources {
    private SsdSources() {}

    /** A zip of CSV files (in its root or any folder; the file's own name counts). */
    public static SsdSource zip(Path zipFile) {
        return new SsdSource() {
            private Map<String, String> entries;

            @Override
            public Set<String> fileNames() {
                return entries().keySet();
            }

            private Map<String, String> entries() {
                if (entries == null) {
                    entries = new TreeMap<>();
                    try (ZipFile zip = new ZipFile(zipFile.toFile())) {
                        Enumeration<? extends ZipEntry> all = zip.entries();
                        while (all.hasMoreElements()) {
                            ZipEntry e = all.nextElement();
                            if (!e.isDirectory()) {
                                String name = e.getName().substring(e.getName().lastIndexOf('/') + 1).toLowerCase();
                                entries.putIfAbsent(name, e.getName());
                            }
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException("Not a readable zip file: " + e.getMessage(), e);
                    }
                }
                return entries;
            }

            @Override
            public Reader open(String fileName) throws IOException {
                ZipFile zip = new ZipFile(zipFile.toFile());
                ZipEntry entry = zip.getEntry(entries().get(fileName));
                return new InputStreamReader(zip.getInputStream(entry), StandardCharsets.UTF_8) {
                    @Override
                    public void close() throws IOException {
                        super.close();
                        zip.close();
                    }
                };
            }

            @Override
            public String name() {
                return zipFile.getFileName().toString();
            }
        };
    }

    /** A directory of CSV files. */
    public static SsdSource directory(Path dir) {
        return new SsdSource() {
            @Override
            public Set<String> fileNames() {
                try (Stream<Path> files = Files.list(dir)) {
                    return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString().toLowerCase())
                            .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public Reader open(String fileName) throws IOException {
                return Files.newBufferedReader(dir.resolve(fileName), StandardCharsets.UTF_8);
            }

            @Override
            public String name() {
                return dir.toString();
            }
        };
    }

    /** Files given as text (file name → CSV text). */
    public static SsdSource text(Map<String, String> files) {
        Map<String, String> copy = new TreeMap<>(files);
        return new SsdSource() {
            @Override
            public Set<String> fileNames() {
                return copy.keySet();
            }

            @Override
            public Reader open(String fileName) {
                return new StringReader(copy.get(fileName));
            }

            @Override
            public String name() {
                return "text";
            }
        };
    }

    /** Writes each file as an entry of a zip on {@code out}; the caller finishes the zip with {@link ZipSink#finish()}. */
    public static ZipSink zip(OutputStream out) {
        return new ZipSink(new ZipOutputStream(out, StandardCharsets.UTF_8));
    }

    /** Writes each file into {@code dir} (created if missing). */
    public static SsdSink directorySink(Path dir) {
        return fileName -> {
            Files.createDirectories(dir);
            return Files.newBufferedWriter(dir.resolve(fileName), StandardCharsets.UTF_8);
        };
    }

    public static final class ZipSink implements SsdSink {
        private final ZipOutputStream zip;

        ZipSink(ZipOutputStream zip) {
            this.zip = zip;
        }

        @Override
        public Writer create(String fileName) throws IOException {
            zip.putNextEntry(new ZipEntry(fileName));
            Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            return new FilterWriter(new java.io.BufferedWriter(w, 1 << 16)) {
                @Override
                public void close() throws IOException {
                    flush();
                    zip.closeEntry();
                }
            };
        }

        public void finish() throws IOException {
            zip.finish();
            zip.flush();
        }
    }
}
