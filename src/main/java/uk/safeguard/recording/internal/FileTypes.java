package uk.safeguard.recording.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import uk.safeguard.platform.ValidationFailure;

/**
 * The allow-list of document types. A file is accepted only when its extension is on the list AND its leading bytes
 * are what that extension promises, so a renamed executable or a "report.pdf" that is not a PDF is refused.
 */
public final class FileTypes {
    public static final String ALLOWED = "PDF (.pdf), Word (.docx), OpenDocument text (.odt), PNG (.png), JPEG (.jpg, .jpeg) or plain text (.txt)";

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    // an ODF package stores "mimetype" first, uncompressed, so its value sits at a fixed place (ODF 1.2 part 3, 3.3)
    private static final byte[] ODT_MIMETYPE = "mimetypeapplication/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);

    private FileTypes() {}

    /** The content type to store for this file; a ValidationFailure naming {@code file} when it is not allowed. */
    public static String contentType(String filename, byte[] content) {
        String extension = extension(filename);
        switch (extension) {
            case "pdf" -> require(startsWith(content, PDF, 0), filename, "a PDF");
            case "png" -> require(startsWith(content, PNG, 0), filename, "a PNG image");
            case "jpg", "jpeg" -> require(startsWith(content, JPEG, 0), filename, "a JPEG image");
            case "docx" -> require(startsWith(content, ZIP, 0) && isWordDocument(content), filename, "a Word document");
            case "odt" -> require(startsWith(content, ZIP, 0) && startsWith(content, ODT_MIMETYPE, 30), filename, "an OpenDocument text");
            case "txt" -> require(isPlainText(content), filename, "plain text");
            default -> throw new ValidationFailure("file", "A document must be " + ALLOWED + "; '" + filename + "' is not");
        }
        return switch (extension) {
            case "pdf" -> "application/pdf";
            case "png" -> "image/png";
            case "jpg", "jpeg" -> "image/jpeg";
            case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case "odt" -> "application/vnd.oasis.opendocument.text";
            default -> "text/plain;charset=UTF-8";
        };
    }

    private static String extension(String filename) {
        int dot = filename == null ? -1 : filename.lastIndexOf('.');
        return dot < 0 ? "" : filename.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static void require(boolean ok, String filename, String what) {
        if (!ok) {
            throw new ValidationFailure("file", "'" + filename + "' is not " + what
                    + " although its name says so: upload the real document (" + ALLOWED + ")");
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix, int at) {
        return content.length >= at + prefix.length
                && Arrays.equals(content, at, at + prefix.length, prefix, 0, prefix.length);
    }

    /** An Office Open XML package with a main document part (ECMA-376 part 2): not any zip renamed. */
    private static boolean isWordDocument(byte[] content) {
        Set<String> names = new HashSet<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int count = 0;
            while ((entry = zip.getNextEntry()) != null && count++ < 10_000) {
                names.add(entry.getName());
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        return names.containsAll(List.of("[Content_Types].xml", "word/document.xml"));
    }

    /** UTF-8 text without control characters other than tab, line breaks and form feed. */
    private static boolean isPlainText(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7F);
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
