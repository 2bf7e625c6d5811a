package org.tierwise.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a JSON request body larger than {@code tierwise.api.max-json-body} (default 1 MB) with a
 * 413 problem, before it is parsed: no JSON endpoint takes more than a few kilobytes, and a large
 * body would otherwise be read whole into memory. File uploads (multipart) have their own limits.
 */
@Component
class JsonBodyLimitFilter extends OncePerRequestFilter {

    private final long maxBytes;

    JsonBodyLimitFilter(@Value("${tierwise.api.max-json-body:1MB}") DataSize max) {
        this.maxBytes = max.toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || !type.toLowerCase(Locale.ROOT).contains("json");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            tooLarge(request, response, declared + " bytes");
            return;
        }
        if (declared >= 0) {
            chain.doFilter(request, response);
            return;
        }
        // No length given (chunked): read at most one byte more than allowed to find out.
        byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (body.length > maxBytes) {
            tooLarge(request, response, "more than " + maxBytes + " bytes");
            return;
        }
        chain.doFilter(new BufferedBody(request, body), response);
    }

    private void tooLarge(HttpServletRequest request, HttpServletResponse response, String size) throws IOException {
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"Request body too large\",\"status\":413,"
                        + "\"detail\":\"the JSON body has " + size + "; at most " + maxBytes
                        + " bytes are accepted (tierwise.api.max-json-body)\",\"instance\":\""
                        + request.getRequestURI().replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
    }

    /**
     * The request with its body already read. Its input stream is one stream over those bytes, for
     * blocking reads and for non-blocking ones (Servlet 3.1 {@link ReadListener}) alike.
     */
    private static final class BufferedBody extends HttpServletRequestWrapper {

        private final BodyStream stream;
        private BufferedReader reader;

        BufferedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.stream = new BodyStream(body);
        }

        @Override
        public ServletInputStream getInputStream() {
            return stream;
        }

        @Override
        public BufferedReader getReader() {
            if (reader == null) {
                String encoding = getCharacterEncoding();
                reader = new BufferedReader(new InputStreamReader(
                        stream, encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
            }
            return reader;
        }

        @Override
        public int getContentLength() {
            return stream.length;
        }

        @Override
        public long getContentLengthLong() {
            return stream.length;
        }

        /**
         * The buffered body. Every byte is already here, so it is always ready; a read listener is
         * told so on a container thread of the request's asynchronous processing: once that data is
         * available (unless the body is empty), then that all data has been read once the listener
         * has read it.
         */
        private final class BodyStream extends ServletInputStream {

            private final ByteArrayInputStream in;
            private final int length;
            private ReadListener listener;

            BodyStream(byte[] body) {
                this.in = new ByteArrayInputStream(body);
                this.length = body.length;
            }

            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return in.read(b, off, len);
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener readListener) {
                Objects.requireNonNull(readListener, "readListener");
                if (listener != null) {
                    throw new IllegalStateException("a read listener is already set on this request");
                }
                if (!isAsyncStarted()) {
                    throw new IllegalStateException("non-blocking reads need asynchronous processing: call"
                            + " startAsync() before setReadListener()");
                }
                listener = readListener;
                getAsyncContext().start(this::notifyListener);
            }

            private void notifyListener() {
                try {
                    if (!isFinished()) {
                        listener.onDataAvailable();
                    }
                    if (isFinished()) {
                        listener.onAllDataRead();
                    }
                } catch (IOException | RuntimeException e) {
                    listener.onError(e);
                }
            }
        }
    }
}
