package uk.safeguard.migration.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import uk.safeguard.audit.Actor;
import uk.safeguard.migration.SsdExports;
import uk.safeguard.migration.SsdImportStatus;
import uk.safeguard.migration.SsdImports;
import uk.safeguard.migration.internal.MigrationUsers;
import uk.safeguard.platform.RuleBroken;
import uk.safeguard.platform.ValidationFailure;

/**
 * The import pages (administrators and performance analysts): an upload form and the past imports; one import's page
 * updates its progress bar every 2 seconds while it runs (a small script; without it, a "check again" link), then shows rows written or the error table.
 */
@Controller
public class SsdImportPagesController {
    /** Errors shown on the page; the API lists them all. */
    static final int ERRORS_SHOWN = 1_000;

    private final SsdImports imports;
    private final SsdExports exports;
    private final MigrationUsers users;

    public SsdImportPagesController(SsdImports imports, SsdExports exports, MigrationUsers users) {
        this.imports = imports;
        this.exports = exports;
        this.users = users;
    }

    @GetMapping("/admin/imports")
    String page(Model model) {
        users.requireMigrator("SSD imports page");
        return show(model, Map.of());
    }

    @PostMapping("/admin/imports")
    String start(@RequestParam(required = false) MultipartFile file, Model model) {
        Actor actor = users.requireMigrator("SSD import");
        try {
            SsdImportStatus started = imports.startUpload(actor, file == null ? null : file.getOriginalFilename(),
                    file == null ? 0 : file.getSize(), file == null ? null : file::transferTo);
            return "redirect:/admin/imports/" + started.id();
        } catch (ValidationFailure e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.errors().forEach(f -> errors.putIfAbsent(f.field(), f.message()));
            return show(model, errors);
        } catch (RuleBroken e) {
            return show(model, Map.of("file", e.getMessage()));
        }
    }

    @GetMapping("/admin/imports/{id}")
    String importPage(@PathVariable String id, @RequestParam(required = false) String refresh, Model model) {
        users.requireMigrator("SSD import " + id);
        SsdImportStatus status = imports.status(id);
        model.addAttribute("job", status);
        // WCAG 2.2.1: whoever finds the automatic update gets in their way can turn it off
        model.addAttribute("autoRefresh", status.running() && !"off".equals(refresh));
        model.addAttribute("errorsShown", status.errors().stream().limit(ERRORS_SHOWN).toList());
        return "migration/import";
    }

    @GetMapping("/admin/exports/ssd")
    ResponseEntity<StreamingResponseBody> export() {
        Actor actor = users.requireMigrator("SSD export");
        StreamingResponseBody body = out -> exports.exportZip(actor, out);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + exports.zipFileName() + "\"")
                .body(body);
    }

    private String show(Model model, Map<String, String> errors) {
        model.addAttribute("imports", imports.recent(50));
        model.addAttribute("importRunning", imports.running());
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
        }
        return "migration/imports";
    }
}
