package uk.safeguard.migration.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import uk.safeguard.audit.Actor;
import uk.safeguard.migration.SsdError;
import uk.safeguard.migration.SsdExports;
import uk.safeguard.migration.SsdImportStatus;
import uk.safeguard.migration.SsdImports;
import uk.safeguard.migration.internal.MigrationUsers;

/** SSD import and export (issue 6): administrators and performance analysts only. */
@RestController
@Tag(name = "Migration: SSD import and export")
public class SsdImportApiController {
    private final SsdImports imports;
    private final SsdExports exports;
    private final MigrationUsers users;

    public SsdImportApiController(SsdImports imports, SsdExports exports, MigrationUsers users) {
        this.imports = imports;
        this.exports = exports;
        this.users = users;
    }

    @PostMapping(path = "/api/imports/ssd", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Start an SSD import (multipart field file: a zip of SSD CSV files); answers 202 with the import's id",
            description = "All or nothing: any error rejects the import with every error listed and nothing written. Rows "
                    + "imported before are skipped. One import at a time (409). Administrators and performance analysts.")
    public ResponseEntity<Map<String, Object>> start(@RequestParam(required = false) MultipartFile file) {
        Actor actor = users.requireMigrator("SSD import");
        SsdImportStatus started = imports.startUpload(actor, file == null ? null : file.getOriginalFilename(),
                file == null ? 0 : file.getSize(), file == null ? null : file::transferTo);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", started.id());
        body.put("status", started.status());
        return ResponseEntity.status(HttpStatus.ACCEPTED).header(HttpHeaders.LOCATION, "/api/imports/" + started.id()).body(body);
    }

    @GetMapping("/api/imports/{id}")
    @Operation(summary = "An SSD import: status (running, succeeded, failed), rows read of the total, and every error")
    public Map<String, Object> status(@PathVariable String id) {
        users.requireMigrator("SSD import " + id);
        return json(imports.status(id));
    }

    @GetMapping(path = "/api/exports/ssd", produces = "application/zip")
    @Operation(summary = "Export every record as a zip of SSD CSV files (the import's format)")
    public ResponseEntity<StreamingResponseBody> export() {
        Actor actor = users.requireMigrator("SSD export");
        StreamingResponseBody body = out -> exports.exportZip(actor, out);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + exports.zipFileName() + "\"")
                .body(body);
    }

    static Map<String, Object> json(SsdImportStatus s) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", s.id());
        body.put("status", s.status());
        body.put("rowsRead", s.rowsRead());
        body.put("rowsTotal", s.rowsTotal());
        body.put("errors", errors(s.errors()));
        body.put("errorCount", s.errorCount());
        body.put("currentFile", s.currentFile());
        body.put("rowsWritten", s.rowsWritten());
        body.put("rowsAlreadyImported", s.rowsAlreadyImported());
        body.put("ignoredFiles", s.ignoredFiles());
        body.put("source", s.sourceName());
        body.put("startedAt", s.startedAt());
        body.put("finishedAt", s.finishedAt());
        body.put("startedBy", s.startedBy());
        return body;
    }

    private static List<Map<String, Object>> errors(List<SsdError> errors) {
        return errors.stream().map(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", e.file());
            m.put("row", e.row());
            m.put("field", e.field());
            m.put("rule", e.rule());
            m.put("message", e.message());
            return m;
        }).toList();
    }
}
