package uk.safeguard.recording.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where document content lives: PostgreSQL (bytea, its own table) by default, or a directory when
 * {@code safeguard.documents.directory} is set. Files there are named by a generated id, never by the uploader's
 * filename (no path tricks, no personal data in file names).
 */
@Component
public class DocumentStorage {
    private final DocumentRepository documents;
    private final Path directory;

    public DocumentStorage(DocumentRepository documents, @Value("${safeguard.documents.directory:}") String directory) {
        this.documents = documents;
        this.directory = directory == null || directory.isBlank() ? null : Path.of(directory);
    }

    /** Where the next document will go; for a directory the file is written now (before the metadata row). */
    public DocumentRepository.Stored prepare(byte[] content) {
        String key = UUID.randomUUID().toString();
        if (directory == null) {
            return new DocumentRepository.Stored("DATABASE", key);
        }
        try {
            Files.createDirectories(directory);
            Files.write(directory.resolve(key), content, StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store the document in " + directory, e);
        }
        return new DocumentRepository.Stored("DIRECTORY", key);
    }

    /** After the metadata row exists: database content goes into its own table. */
    public void complete(long documentId, DocumentRepository.Stored stored, byte[] content) {
        if ("DATABASE".equals(stored.storage())) {
            documents.insertContent(documentId, content);
        }
    }

    /** A directory file whose metadata row was rolled back is removed again. */
    public void discard(DocumentRepository.Stored stored) {
        if ("DIRECTORY".equals(stored.storage()) && directory != null) {
            try {
                Files.deleteIfExists(directory.resolve(stored.key()));
            } catch (IOException e) {
                // an orphaned file holds nothing the record points at; leave it
            }
        }
    }

    public byte[] read(long documentId) {
        DocumentRepository.Stored stored = documents.storage(documentId).orElseThrow();
        if ("DATABASE".equals(stored.storage())) {
            return documents.content(documentId).orElseThrow();
        }
        if (directory == null) {
            throw new IllegalStateException("Document " + documentId + " is stored in a directory, but safeguard.documents.directory is not set");
        }
        try {
            // the key is a UUID we generated; resolve it only inside the configured directory
            return Files.readAllBytes(directory.resolve(UUID.fromString(stored.key()).toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
