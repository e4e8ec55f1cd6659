package dev.newsflow.sink.delivery;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;

import com.sun.net.httpserver.HttpServer;

/** A real HTTP server on loopback that answers webhook posts as a test scripts it. */
final class WebhookReceiver implements AutoCloseable {

    /** One request as received. */
    record Request(String idempotencyKey, String contentType, String body) {
    }

    /** What to answer: a status and an optional Retry-After header. */
    record Answer(int status, String retryAfter) {
        static Answer of(int status) {
            return new Answer(status, null);
        }
    }

    private final HttpServer server;
    private final Queue<Request> requests = new ConcurrentLinkedQueue<>();

    WebhookReceiver(Function<Request, Answer> script) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            Request request = new Request(exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            requests.add(request);
            Answer answer = script.apply(request);
            if (answer.retryAfter() != null) {
                exchange.getResponseHeaders().add("Retry-After", answer.retryAfter());
            }
            byte[] body = "ok".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.status(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
