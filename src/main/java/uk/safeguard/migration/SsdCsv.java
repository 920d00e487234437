package uk.safeguard.migration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV, streaming: comma separated, fields quoted with {@code "} when they hold a comma, quote or line break,
 * quotes doubled inside; LF or CRLF line ends; a UTF-8 byte-order mark at the start is skipped.
 */
public final class SsdCsv {
    private SsdCsv() {}

    /** Reads records one at a time. */
    public static final class Reader implements AutoCloseable {
        private final java.io.Reader in;
        private final char[] buffer = new char[1 << 16];
        private int length;
        private int position;
        private boolean first = true;

        public Reader(java.io.Reader in) {
            this.in = in;
        }

        private int read() throws IOException {
            if (position == length) {
                length = in.read(buffer, 0, buffer.length);
                position = 0;
                if (length <= 0) {
                    length = 0;
                    return -1;
                }
            }
            return buffer[position++];
        }

        private int peek() throws IOException {
            if (position == length) {
                length = in.read(buffer, 0, buffer.length);
                position = 0;
                if (length <= 0) {
                    length = 0;
                    return -1;
                }
            }
            return buffer[position];
        }

        /** The next record's fields, or null at the end. A blank line gives an empty list. */
        public List<String> next() {
            try {
                int c = read();
                if (first) {
                    first = false;
                    if (c == '\uFEFF') {
                        c = read();
                    }
                }
                if (c == -1) {
                    return null;
                }
                List<String> fields = new ArrayList<>();
                StringBuilder field = new StringBuilder();
                boolean any = false;
                while (true) {
                    if (c == '"' && field.isEmpty()) {
                        // quoted field
                        while (true) {
                            int d = read();
                            if (d == -1) {
                                break;
                            }
                            if (d == '"') {
                                if (peek() == '"') {
                                    read();
                                    field.append('"');
                                } else {
                                    break;
                                }
                            } else {
                                field.append((char) d);
                            }
                        }
                        any = true;
                        c = read();
                        continue;
                    }
                    if (c == ',') {
                        fields.add(field.toString());
                        field.setLength(0);
                        any = true;
                    } else if (c == '\n' || c == -1) {
                        if (any || !field.isEmpty()) {
                            fields.add(field.toString());
                        }
                        return fields;
                    } else if (c == '\r') {
                        if (peek() == '\n') {
                            read();
                        }
                        if (any || !field.isEmpty()) {
                            fields.add(field.toString());
                        }
                        return fields;
                    } else {
                        field.append((char) c);
                    }
                    c = read();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** Counts records (lines outside quotes that hold something) without building them, for the progress bar. */
    public static long countRecords(java.io.Reader in) throws IOException {
        char[] buf = new char[1 << 16];
        long count = 0;
        boolean inQuotes = false;
        boolean lineHasContent = false;
        int n;
        while ((n = in.read(buf)) > 0) {
            for (int i = 0; i < n; i++) {
                char c = buf[i];
                if (c == '"') {
                    inQuotes = !inQuotes;
                    lineHasContent = true;
                } else if (c == '\n' && !inQuotes) {
                    if (lineHasContent) {
                        count++;
                    }
                    lineHasContent = false;
                } else if (c != '\r') {
                    lineHasContent = true;
                }
            }
        }
        return lineHasContent ? count + 1 : count;
    }

    /** Writes one record (LF line end). */
    public static void write(Writer out, List<String> fields) {
        try {
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                String v = fields.get(i);
                if (v == null) {
                    continue;
                }
                if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                    out.write('"');
                    out.write(v.replace("\"", "\"\""));
                    out.write('"');
                } else {
                    out.write(v);
                }
            }
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
