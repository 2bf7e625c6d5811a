package org.tierwise.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tierwise.DatabaseSnapshot;
import org.tierwise.TestUsers;

/** An upload over the multipart limit is answered 413 with a problem, over real HTTP, and stores nothing. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:UploadLimitTests;DB_CLOSE_DELAY=-1",
            "spring.servlet.multipart.max-file-size=64KB",
            "spring.servlet.multipart.max-request-size=64KB"
        })
class UploadLimitTests {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Test
    void refusesAFileOverTheUploadLimitWith413() throws Exception {
        String boundary = "tierwise-upload-limit";
        String csv = "URN,SCHNAME,SCHOOLTYPE\n" + "117083,A school,Community school\n".repeat(5000);
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
        DatabaseSnapshot before = DatabaseSnapshot.of(dataSource);

        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/imports/schools"))
                                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                .header("Authorization", TestUsers.basicHeader(TestUsers.LEAD))
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":413").contains("\"detail\"");
        assertThat(before.differences(DatabaseSnapshot.of(dataSource))).isEmpty();
    }
}
