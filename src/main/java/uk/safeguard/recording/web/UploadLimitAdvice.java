package uk.safeguard.recording.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import uk.safeguard.platform.ValidationFailure;

/**
 * A file larger than the server's multipart limit is refused before any controller sees it; answer that as the
 * usual 400 naming {@code file} (a page for the forms), not as a 500.
 */
@ControllerAdvice
public class UploadLimitAdvice {
    private final DataSize maxSize;

    public UploadLimitAdvice(@Value("${safeguard.documents.max-size:10MB}") DataSize maxSize) {
        this.maxSize = maxSize;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        String message = "The file is too large: a document must be smaller than " + maxSize.toMegabytes() + " MB";
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", 400);
            body.put("error", "Bad Request");
            body.put("message", "file: " + message);
            body.put("field", "file");
            body.put("errors", List.of(new ValidationFailure.FieldError("file", message)));
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(body);
        }
        ModelAndView page = new ModelAndView("problem");
        page.setStatus(HttpStatus.BAD_REQUEST);
        page.addObject("status", 400);
        page.addObject("title", "The file is too large");
        page.addObject("message", message + ". Go back and choose a smaller file.");
        page.addObject("errors", List.of(new ValidationFailure.FieldError("file", message)));
        return page;
    }
}
