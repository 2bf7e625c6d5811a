package org.tierwise.web;

import jakarta.servlet.RequestDispatcher;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.tierwise.database.DatabaseRefusal;

/**
 * The body of Spring's {@code /error} (the JSON of an error no handler answered, and the error
 * pages), without the message of an unexpected exception. With {@code include-message: always} the
 * body would carry any exception's message, and a database exception's quotes the SQL statement
 * and the driver's text; an error of the service itself (a 5xx) is logged with a reference, and the
 * body gives the reference instead. Messages the service sets for a client's error are kept.
 */
@Component
class ReferencedErrorAttributes extends DefaultErrorAttributes {

    private static final Logger log = LoggerFactory.getLogger(ReferencedErrorAttributes.class);

    static final String REFERENCE = ReferencedErrorAttributes.class.getName() + ".reference";

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        Object reference = request.getAttribute(REFERENCE, RequestAttributes.SCOPE_REQUEST);
        if (reference != null) {
            attributes.put("reference", reference);
        }
        return attributes;
    }

    @Override
    protected String getMessage(WebRequest request, Throwable error) {
        if (error == null || !(isServerError(request) || DatabaseRefusal.involvesTheDatabase(error))) {
            return super.getMessage(request, error);
        }
        Object known = request.getAttribute(REFERENCE, RequestAttributes.SCOPE_REQUEST);
        String reference = known != null ? known.toString() : DatabaseRefusal.newReference();
        if (known == null) {
            request.setAttribute(REFERENCE, reference, RequestAttributes.SCOPE_REQUEST);
            log.error("{} failed (reference {})", request.getDescription(false), reference, error);
        }
        return (DatabaseRefusal.involvesTheDatabase(error)
                        ? "The database could not complete the request"
                        : "The request failed because of an error in the service")
                + " (reference " + reference + ": the details are in the service log)";
    }

    private static boolean isServerError(WebRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE, RequestAttributes.SCOPE_REQUEST);
        return !(status instanceof Integer code) || code >= 500;
    }
}
