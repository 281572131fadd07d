package io.lucent.plugins.ai.openai;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A real HTTP server on 127.0.0.1 (ephemeral port) that answers {@code /v1/chat/completions} with scripted
 * responses, one per request in order (the last one repeats), and records what it received.
 */
final class FakeChatService implements AutoCloseable {

    /** One scripted answer. */
    @FunctionalInterface
    interface Script {
        void answer(HttpExchange exchange, FakeChatService service) throws IOException;
    }

    /** A request as the service received it. */
    record Received(String method, String path, String authorization, String body) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final BlockingQueue<Script> scripts = new LinkedBlockingQueue<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile Script last = (exchange, service) -> json(exchange, 500, "{\"error\":{\"message\":\"no script\"}}");

    FakeChatService() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    FakeChatService then(Script script) {
        scripts.add(script);
        return this;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    /** Blocks the answering thread until the service is closed: a service that never answers. */
    void hang() {
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"), body));
            Script script = scripts.poll();
            if (script == null) {
                script = last;
            } else {
                last = script;
            }
            script.answer(exchange, this);
        }
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    static void json(HttpExchange exchange, int status, String json) throws IOException {
        json(exchange, status, json, Map.of());
    }

    static void json(HttpExchange exchange, int status, String json, Map<String, String> headers) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** An OpenAI chat completion with the given content. */
    static Script completion(String contentJson) {
        return (exchange, service) -> json(exchange, 200, "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\","
                + "\"model\":\"gpt-test-0613\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":"
                + contentJson + "},\"finish_reason\":\"stop\"}],"
                + "\"usage\":{\"prompt_tokens\":21,\"completion_tokens\":7,\"total_tokens\":28}}");
    }

    static Script error(int status, String message) {
        return error(status, message, Map.of());
    }

    static Script error(int status, String message, Map<String, String> headers) {
        return (exchange, service) -> json(exchange, status,
                "{\"error\":{\"message\":\"" + message + "\",\"type\":\"test\",\"code\":null}}", headers);
    }

    /** Starts a server-sent-events answer; write events with {@link #event}. */
    static OutputStream startEvents(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        return exchange.getResponseBody();
    }

    static void event(OutputStream out, String data) throws IOException {
        out.write(("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    static String deltaChunk(String piece) {
        return "{\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"model\":\"gpt-test-0613\","
                + "\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + piece + "\"},\"finish_reason\":null}]}";
    }
}
