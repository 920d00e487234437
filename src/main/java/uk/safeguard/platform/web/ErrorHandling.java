package uk.safeguard.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import uk.safeguard.platform.NoAccess;
import uk.safeguard.platform.NotFound;
import uk.safeguard.platform.RuleBroken;
import uk.safeguard.platform.StaleUpdate;
import uk.safeguard.platform.ValidationFailure;

/**
 * One place that turns failures into answers: JSON under /api/**, a GOV.UK page elsewhere.
 * Every JSON error names the field or rule so a caller can correct the request.
 */
@ControllerAdvice
public class ErrorHandling {

    @ExceptionHandler(ValidationFailure.class)
    Object validation(ValidationFailure e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, e.getMessage(), e.errors());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    Object typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        String expected = e.getRequiredType() == null ? "a valid value" : describe(e.getRequiredType());
        String message = "'" + e.getValue() + "' is not " + expected;
        return answer(request, HttpStatus.BAD_REQUEST, e.getName() + ": " + message,
                List.of(new ValidationFailure.FieldError(e.getName(), message)));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    Object missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        String message = "is required";
        return answer(request, HttpStatus.BAD_REQUEST, e.getParameterName() + ": " + message,
                List.of(new ValidationFailure.FieldError(e.getParameterName(), message)));
    }

    /** Unreadable JSON (e.g. an unknown enum value, a date in the wrong form): names the field when it can. */
    @ExceptionHandler(org.springframework.http.converter.HttpMessageNotReadableException.class)
    Object unreadable(org.springframework.http.converter.HttpMessageNotReadableException e, HttpServletRequest request) {
        String field = "body";
        Throwable cause = e.getCause();
        while (cause != null) {
            if (cause instanceof tools.jackson.databind.DatabindException d && !d.getPath().isEmpty()) {
                StringBuilder path = new StringBuilder();
                for (var ref : d.getPath()) {
                    if (ref.getPropertyName() != null) {
                        path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
                    } else if (ref.getIndex() >= 0) {
                        path.append('[').append(ref.getIndex()).append(']');
                    }
                }
                field = path.toString();
                break;
            }
            cause = cause.getCause();
        }
        String message = "body".equals(field) ? "The request body is not valid JSON for this request"
                : "'" + field + "' has a value of the wrong kind or not one of the allowed values";
        return answer(request, HttpStatus.BAD_REQUEST, field + ": " + message, List.of(new ValidationFailure.FieldError(field, message)));
    }

    @ExceptionHandler(NotFound.class)
    Object notFound(NotFound e, HttpServletRequest request) {
        return answer(request, HttpStatus.NOT_FOUND, e.getMessage(), List.of());
    }

    @ExceptionHandler(NoAccess.class)
    Object noAccess(NoAccess e, HttpServletRequest request) {
        return answer(request, HttpStatus.FORBIDDEN, e.getMessage(), List.of());
    }

    @ExceptionHandler(StaleUpdate.class)
    Object stale(StaleUpdate e, HttpServletRequest request) {
        return answer(request, HttpStatus.CONFLICT, e.getMessage(), List.of());
    }

    @ExceptionHandler(RuleBroken.class)
    Object rule(RuleBroken e, HttpServletRequest request) {
        return answer(request, HttpStatus.CONFLICT, e.getMessage(),
                List.of(new ValidationFailure.FieldError(e.rule(), e.getMessage())));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return answer(request, HttpStatus.METHOD_NOT_ALLOWED, e.getMessage(), List.of());
    }

    private static String describe(Class<?> type) {
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "a date in the form YYYY-MM-DD";
            case "int", "Integer", "long", "Long" -> "a whole number";
            default -> "a valid " + type.getSimpleName();
        };
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private Object answer(HttpServletRequest request, HttpStatus status, String message,
                          List<ValidationFailure.FieldError> errors) {
        if (isApi(request)) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", status.value());
            body.put("error", status.getReasonPhrase());
            body.put("message", message);
            if (!errors.isEmpty()) {
                body.put("field", errors.get(0).field());
                body.put("errors", errors);
            }
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
        }
        ModelAndView page = new ModelAndView(status == HttpStatus.FORBIDDEN ? "no-access" : "problem");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("title", status == HttpStatus.NOT_FOUND ? "Page not found" : status.getReasonPhrase());
        page.addObject("message", message);
        page.addObject("errors", errors);
        return page;
    }
}
