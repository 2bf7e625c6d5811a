package org.tierwise.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.beans.TypeMismatchException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An error on a page a person reads ({@link PageErrors#isPageRequest}) is answered with an HTML page
 * in the site's layout, not the API's problem detail: 404 "Page not found" or "School not found", 400
 * saying what was wrong, 500 with only a reference to the log.
 *
 * <p>It decides nothing of its own: the status, title and detail are the ones the service's
 * exception handlers give the API (asked with the response held back), so a page and an API call
 * failing the same way are told the same thing. It then sends the error to the servlet container,
 * which renders {@code templates/error/*.html} like any other error. API requests, and requests that
 * do not accept HTML, are left to the handlers untouched.
 */
@Component
class PageErrorResolver implements HandlerExceptionResolver, Ordered {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ObjectProvider<HandlerExceptionResolver> handlers;

    PageErrorResolver(@Qualifier("handlerExceptionResolver") ObjectProvider<HandlerExceptionResolver> handlers) {
        this.handlers = handlers;
    }

    /** After Boot's error attributes note the exception, before the exception handlers answer. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    @Override
    public ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        if (!PageErrors.isPageRequest(request) || response.isCommitted()) {
            return null;
        }
        HeldBack held = new HeldBack(response);
        ModelAndView answered = handlers.getObject().resolveException(request, held, handler, failure);
        if (answered == null) {
            // No handler knows it: the container's error page (a 500 with a reference) answers.
            return null;
        }
        int status = held.status();
        JsonNode problem = held.problem();
        String title = text(problem, "title");
        String detail = held.message != null ? held.message : text(problem, "detail");
        String reference = text(problem, "reference");
        if (failure instanceof NoResourceFoundException) {
            title = "Page not found";
            detail = "There is no page at "
                    + request.getRequestURI().substring(request.getContextPath().length());
        } else if (failure instanceof TypeMismatchException mismatch) {
            detail = mismatch(mismatch);
        }
        if (status >= 500) {
            // Only the reference: the detail of a server error may name the service's insides.
            if (reference != null) {
                request.setAttribute(ReferencedErrorAttributes.REFERENCE, reference);
            }
            detail = null;
        }
        request.setAttribute(PageErrors.TITLE, title);
        try {
            if (detail == null) {
                response.sendError(status);
            } else {
                response.sendError(status, sentence(detail));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ModelAndView();
    }

    /** "'abc' is not a valid page: it must be a whole number". */
    private static String mismatch(TypeMismatchException mismatch) {
        String name = mismatch instanceof MethodArgumentTypeMismatchException argument
                ? argument.getName()
                : mismatch.getPropertyName();
        Class<?> type = mismatch.getRequiredType();
        String expected = type == null
                ? "a different value"
                : (type == int.class || type == Integer.class || type == long.class || type == Long.class)
                        ? "a whole number"
                        : type.isEnum()
                                ? "one of " + java.util.Arrays.toString(type.getEnumConstants())
                                : "a " + type.getSimpleName();
        return "'" + mismatch.getValue() + "' is not a valid " + (name == null ? "value" : name) + ": it must be "
                + expected;
    }

    private static String sentence(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    private static String text(JsonNode problem, String field) {
        if (problem == null) {
            return null;
        }
        JsonNode value = problem.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    /**
     * A response whose status and body are kept here rather than sent, so that the handlers' answer
     * can be read; its headers (Retry-After, ...) still reach the client.
     */
    private static final class HeldBack extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private int status = HttpStatus.OK.value();
        private String message;
        private PrintWriter writer;

        HeldBack(HttpServletResponse response) {
            super(response);
        }

        int status() {
            return status;
        }

        JsonNode problem() {
            if (writer != null) {
                writer.flush();
            }
            if (body.size() == 0) {
                return null;
            }
            try {
                return JSON.readTree(body.toByteArray());
            } catch (RuntimeException notJson) {
                return null;
            }
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
        }

        @Override
        public int getStatus() {
            return status;
        }

        @Override
        public void sendError(int sc) {
            status = sc;
        }

        @Override
        public void sendError(int sc, String msg) {
            status = sc;
            message = msg;
        }

        @Override
        public void setContentType(String type) {}

        @Override
        public void setContentLength(int len) {}

        @Override
        public void setContentLengthLong(long len) {}

        @Override
        public void setCharacterEncoding(String charset) {}

        @Override
        public boolean isCommitted() {
            return false;
        }

        @Override
        public void flushBuffer() {}

        @Override
        public void resetBuffer() {
            body.reset();
        }

        @Override
        public void reset() {
            body.reset();
            status = HttpStatus.OK.value();
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new java.io.OutputStreamWriter(body, StandardCharsets.UTF_8));
            }
            return writer;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] bytes, int off, int len) {
                    body.write(bytes, off, len);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {}
            };
        }
    }
}
