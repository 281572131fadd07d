package io.lucent.plugin.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A real HTTP server on the loopback interface that answers chat requests the way an {@link AiProviderContract}
 * subclass says its service does. Thread-safe.
 */
final class ChatTestServer implements AutoCloseable {

    /** What the server does with the next requests. */
    sealed interface Reply {
        /** Answer with this content, in the service's protocol. */
        record Answer(String content) implements Reply { }

        /** Fail with this HTTP status. */
        record Failure(int status, String message) implements Reply { }

        /** Never answer, until the server stops. */
        record Hang() implements Reply { }
    }

    /** One request the server received. */
    record Received(String method, String path, String body) { }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicReference<Reply> reply = new AtomicReference<>(new Reply.Answer("ok"));
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AiProviderContract protocol;

    ChatTestServer(AiProviderContract protocol) {
        this.protocol = protocol;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the loopback test server", e);
        }
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    URI baseUrl() {
        return URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort());
    }

    void replyWith(Reply next) {
        reply.set(next);
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), body));
            Reply current = reply.get();
            if (current instanceof Reply.Answer answer) {
                protocol.writeAnswer(exchange, body, answer.content());
            } else if (current instanceof Reply.Failure failure) {
                protocol.writeError(exchange, failure.status(), failure.message());
            } else {
                awaitStop();
            }
        }
    }

    private void awaitStop() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stopped.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
