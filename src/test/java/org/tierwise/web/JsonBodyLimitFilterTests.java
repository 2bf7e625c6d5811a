package org.tierwise.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServer;
import org.springframework.util.unit.DataSize;

/**
 * The JSON body limit in a real servlet container, in front of a servlet that reads its body the
 * non-blocking way (a {@link ReadListener}), as with and without a declared length. A body sent
 * without a length (chunked) is read by the filter to measure it, and the servlet then reads it from
 * the filter's buffer: the listener is told the data is there and when all of it has been read.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JsonBodyLimitFilterTests {

    private static final int LIMIT = 1024;

    private final AtomicReference<Throwable> setReadListenerFailure = new AtomicReference<>();
    private WebServer server;

    @BeforeAll
    void startTomcat() {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
        server = factory.getWebServer(context -> {
            FilterRegistration.Dynamic filter =
                    context.addFilter("jsonBodyLimit", new JsonBodyLimitFilter(DataSize.ofBytes(LIMIT)));
            filter.setAsyncSupported(true);
            filter.addMappingForUrlPatterns(null, false, "/*");
            ServletRegistration.Dynamic echo = context.addServlet("echo", new NonBlockingEcho());
            echo.setAsyncSupported(true);
            echo.addMapping("/echo");
            context.addServlet("blocking", new BlockingListenerSetter()).addMapping("/blocking");
        });
        server.start();
    }

    @AfterAll
    void stopTomcat() {
        server.stop();
    }

    @Test
    void aChunkedBodyIsReadWithAReadListener() throws Exception {
        String body = "{\"note\":\"" + "x".repeat(600) + "\"}";
        HttpResponse<String> response = post("/echo", body, false);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("all data read: " + body);
    }

    @Test
    void anEmptyChunkedBodyIsAllReadAtOnce() throws Exception {
        HttpResponse<String> response = post("/echo", "", false);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("all data read: ");
    }

    @Test
    void aBodyWithItsLengthIsReadWithAReadListenerFromTheContainer() throws Exception {
        String body = "{\"note\":\"declared\"}";
        HttpResponse<String> response = post("/echo", body, true);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("all data read: " + body);
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedWith413BeforeTheServletReadsIt() throws Exception {
        HttpResponse<String> response = post("/echo", "{\"note\":\"" + "x".repeat(LIMIT) + "\"}", false);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("more than " + LIMIT + " bytes").contains("tierwise.api.max-json-body");
    }

    @Test
    void aReadListenerOutsideAsynchronousProcessingIsAnIllegalState() throws Exception {
        HttpResponse<String> response = post("/blocking", "{}", false);
        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(setReadListenerFailure.get())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("startAsync()");
    }

    private HttpResponse<String> post(String path, String body, boolean withLength) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest.BodyPublisher publisher = withLength
                ? HttpRequest.BodyPublishers.ofByteArray(bytes)
                // An input stream has no known length: the client sends it chunked.
                : HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + path))
                .header("Content-Type", "application/json")
                .POST(publisher)
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Reads the body with a read listener and answers with what it read once told all of it was. */
    private static final class NonBlockingEcho extends HttpServlet {

        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
            AsyncContext async = request.startAsync();
            ServletInputStream in = request.getInputStream();
            ByteArrayOutputStream read = new ByteArrayOutputStream();
            in.setReadListener(new ReadListener() {
                @Override
                public void onDataAvailable() throws IOException {
                    byte[] buffer = new byte[256];
                    while (in.isReady() && !in.isFinished()) {
                        int n = in.read(buffer);
                        if (n < 0) {
                            return;
                        }
                        read.write(buffer, 0, n);
                    }
                }

                @Override
                public void onAllDataRead() throws IOException {
                    response.setContentType("text/plain;charset=UTF-8");
                    response.getWriter().write("all data read: " + read.toString(StandardCharsets.UTF_8));
                    async.complete();
                }

                @Override
                public void onError(Throwable t) {
                    response.setStatus(500);
                    async.complete();
                }
            });
        }
    }

    /** Sets a read listener without starting asynchronous processing, and keeps what that threw. */
    private final class BlockingListenerSetter extends HttpServlet {

        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
            ServletInputStream in = request.getInputStream();
            try {
                in.setReadListener(new ReadListener() {
                    @Override
                    public void onDataAvailable() {}

                    @Override
                    public void onAllDataRead() {}

                    @Override
                    public void onError(Throwable t) {}
                });
            } catch (RuntimeException e) {
                setReadListenerFailure.set(e);
            }
            response.setStatus(204);
        }
    }
}
