package uk.safeguard.recording.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.platform.ValidationFailure;
import uk.safeguard.recording.DocumentView;
import uk.safeguard.recording.Documents;
import uk.safeguard.work.CaseWork;

/** The child's documents: the list, downloads and the upload form (multipart, no JavaScript). */
@Controller
public class DocumentPagesController {
    private final Documents documents;
    private final PeopleRegister people;
    private final CaseWork caseWork;

    public DocumentPagesController(Documents documents, PeopleRegister people, CaseWork caseWork) {
        this.documents = documents;
        this.people = people;
        this.caseWork = caseWork;
    }

    @GetMapping("/children/{id}/documents")
    String page(CurrentUser me, @PathVariable long id, Model model) {
        return show(me, id, Map.of(), model);
    }

    @PostMapping("/children/{id}/documents")
    String upload(CurrentUser me, @PathVariable long id, @RequestParam(required = false) MultipartFile file,
                  @RequestParam(required = false) String title, @RequestParam(required = false) String description,
                  @RequestParam(required = false) String documentDate, @RequestParam(required = false) String caseId,
                  Model model) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("title", title);
        form.put("description", description);
        form.put("documentDate", documentDate);
        form.put("caseId", caseId);
        try {
            DocumentView d = documents.upload(me, id, RecordingApiController.newDocument(file, title, description, documentDate, caseId));
            return "redirect:/children/" + id + "/documents?uploaded=" + d.id();
        } catch (ValidationFailure e) {
            PageForms.showErrors(model, e.errors());
            return show(me, id, form, model);
        }
    }

    @GetMapping("/documents/{id}/content")
    ResponseEntity<byte[]> download(CurrentUser me, @PathVariable long id) {
        return RecordingApiController.download(documents.download(me, id));
    }

    private String show(CurrentUser me, long id, Map<String, String> form, Model model) {
        model.addAttribute("documents", documents.documentsOf(me, id));
        model.addAttribute("child", people.find(id).orElseThrow());
        model.addAttribute("mayUpload", documents.mayUpload(me, id));
        model.addAttribute("openCases", caseWork.openCasesFor(id));
        model.addAttribute("maxSize", documents.maxSize().toMegabytes() + " MB");
        model.addAttribute("form", form);
        return "recording/documents";
    }
}
