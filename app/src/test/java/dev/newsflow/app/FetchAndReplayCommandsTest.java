package dev.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;

import dev.newsflow.broker.junit.KafkaBackend;
import dev.newsflow.broker.junit.KafkaExtension;
import dev.newsflow.events.serde.Json;

/** {@code newsflow fetch} against a loopback server, then {@code newsflow replay} of what it archived. */
@ExtendWith(KafkaExtension.class)
class FetchAndReplayCommandsTest {


    @Test
    void fetchPrintsOneJsonObjectPerUrlAndReplayReadsTheWarc(KafkaBackend kafka, @TempDir Path dir) throws Exception {
        byte[] page = ("<html lang=en><head><title>Library budget approved</title></head><body><article>"
                + "<h1>Library budget approved</h1>" + LiveIngestCommandTest.PLAIN_TEXT + "</article></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            String path = ex.getRequestURI().getPath();
            byte[] body = path.equals("/story.html") ? page : "no".getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", path.equals("/story.html") ? "text/html" : "text/plain");
            ex.sendResponseHeaders(path.equals("/story.html") ? 200 : 404, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        Path warc = dir.resolve("warc");
        List<JsonNode> lines;
        int status;
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            status = Newsflow.commandLine().execute("fetch", "--allow-host", "127.0.0.1", "--min-interval", "0s",
                    "--warc-out", warc.toString(), base + "/story.html", base + "/gone.html",
                    "http://localhost:" + server.getAddress().getPort() + "/story.html");
        } finally {
            System.setOut(stdout);
            server.stop(0);
        }
        lines = captured.toString(StandardCharsets.UTF_8).lines().map(l -> {
            try {
                return Json.mapper().readTree(l);
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + l, e);
            }
        }).toList();
        assertThat(status).isEqualTo(1);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).get("title").asText()).isEqualTo("Library budget approved");
        assertThat(lines.get(0).get("url").asText()).isEqualTo(base + "/story.html");
        assertThat(lines.get(1).get("reason").asText()).isEqualTo("http-404");
        assertThat(lines.get(2).get("reason").asText()).isEqualTo("blocked-address"); // localhost is not allowlisted
        assertThat(lines.get(2).get("error").asText()).isNotBlank();

        PrintStream stderr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int replayed;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            replayed = Newsflow.commandLine().execute("replay", "--bootstrap-servers", kafka.bootstrapServers(),
                    warc.toString());
        } finally {
            System.setErr(stderr);
        }
        assertThat(replayed).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("file 1/1")
                .contains("replay: 1 pages, 1 articles published");
    }
}
