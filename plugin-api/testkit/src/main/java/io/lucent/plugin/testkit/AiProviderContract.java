package io.lucent.plugin.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.sun.net.httpserver.HttpExchange;
import io.lucent.plugin.api.ExtensionKind;
import io.lucent.plugin.api.PluginException;
import io.lucent.plugin.api.ai.AiProvider;
import io.lucent.plugin.api.ai.ChatMessage;
import io.lucent.plugin.api.ai.ChatRequest;
import io.lucent.plugin.api.ai.ChatResponse;
import io.lucent.plugin.api.settings.SettingDescriptor;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of an {@link AiProvider}, checked against a real HTTP server on the loopback interface that
 * speaks the provider's protocol. The subclass says how: {@link #settingsFor(URI)} points the provider at the
 * server, and {@link #writeAnswer} writes a successful answer as the real service would.
 *
 * <pre>{@code
 * class OpenAiCompatibleIT extends AiProviderContract {
 *     protected String extensionId() { return "openai-compatible"; }
 *     protected Map<String, Object> settingsFor(URI baseUrl) {
 *         return Map.of("baseUrl", baseUrl + "/v1", "apiKey", "test-key", "model", "test-model");
 *     }
 *     protected void writeAnswer(HttpExchange exchange, String requestBody, String content) throws IOException {
 *         writeJson(exchange, 200, "{\"model\":\"test-model\",\"choices\":[{\"message\":{\"role\":\"assistant\","
 *                 + "\"content\":" + jsonString(content) + "},\"finish_reason\":\"stop\"}],"
 *                 + "\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":5}}");
 *     }
 * }
 * }</pre>
 *
 * <p>What it checks: the answer the server gives is returned, after exactly one request that carries the
 * user's message; streaming (real or the default one-piece fallback) hands over pieces that add up to the
 * answer; HTTP 401/403 become AUTHENTICATION_FAILED, 429 LIMIT_EXCEEDED, 500 and 503 EXTERNAL_FAILURE, with
 * messages that never contain a secret setting; an unreachable service becomes EXTERNAL_FAILURE or TIMEOUT;
 * concurrent chats work; and, if {@link #settingsWithShortTimeout(URI)} is given, a service that never
 * answers becomes TIMEOUT.
 */
public abstract class AiProviderContract extends ExtensionContract<AiProvider> {

    private static final String QUESTION = "Which product sold most last quarter?";
    private static final String ANSWER = "Binders sold most: 1,234 units.\nPaper came second.";

    private ChatTestServer server;
    private URI target;

    /** Creates the contract. */
    protected AiProviderContract() {
        super(ExtensionKind.AI_PROVIDER, AiProvider.class);
    }

    /**
     * The provider settings that point it at a service at the given base URL, with any credentials it needs.
     *
     * @param baseUrl the loopback server's base URL, for example {@code http://127.0.0.1:41234}, without
     *                trailing slash
     * @return the raw settings
     */
    protected abstract Map<String, Object> settingsFor(URI baseUrl);

    /**
     * Writes a successful, complete answer as the service would, streamed if the request asks for streaming.
     *
     * @param exchange    the exchange to answer; the test kit closes it
     * @param requestBody the body the provider sent
     * @param content     the answer's text
     * @throws IOException if writing fails
     */
    protected abstract void writeAnswer(HttpExchange exchange, String requestBody, String content) throws IOException;

    /**
     * Writes an error response as the service would. By default a JSON body
     * {@code {"error":{"message":...}}}, as many HTTP APIs use.
     *
     * @param exchange the exchange to answer
     * @param status   the HTTP status
     * @param message  the error message
     * @throws IOException if writing fails
     */
    protected void writeError(HttpExchange exchange, int status, String message) throws IOException {
        writeJson(exchange, status, "{\"error\":{\"message\":" + jsonString(message) + "}}");
    }

    /**
     * Settings like {@link #settingsFor(URI)} but with a request timeout of a second or two, to check that a
     * service that never answers becomes a TIMEOUT. Empty by default, which skips that check.
     *
     * @param baseUrl the loopback server's base URL
     * @return the settings, if the provider has a timeout setting
     */
    protected Optional<Map<String, Object>> settingsWithShortTimeout(URI baseUrl) {
        return Optional.empty();
    }

    /**
     * The settings pointing at the loopback server (or at an unreachable address during
     * {@link #reportsAnUnreachableService()}).
     *
     * @return {@link #settingsFor(URI)} for the current target
     */
    @Override
    protected final Map<String, Object> settings() {
        return settingsFor(target == null ? URI.create("http://127.0.0.1:1") : target);
    }

    /**
     * Writes a complete response with a JSON body.
     *
     * @param exchange the exchange
     * @param status   the HTTP status
     * @param json     the body
     * @throws IOException if writing fails
     */
    protected static void writeJson(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /**
     * A JSON string literal, quoted and escaped.
     *
     * @param text the text
     * @return the literal
     */
    protected static String jsonString(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }

    /** Starts a fresh loopback server before each test. */
    @BeforeEach
    protected final void startServer() {
        server = new ChatTestServer(this);
        target = server.baseUrl();
    }

    /** Stops the loopback server after each test. */
    @AfterEach
    protected final void stopServer() {
        server.close();
    }

    /** The server's answer is returned, after exactly one request carrying the user's message. */
    @Test
    public void answersFromTheService() {
        server.replyWith(new ChatTestServer.Reply.Answer(ANSWER));
        ChatResponse response = extension().chat(question(), newContext());
        assertThat(response.content()).as("answer content").isEqualTo(ANSWER);
        assertThat(server.received()).as("requests the service received").hasSize(1);
        assertThat(server.received().get(0).body()).as("request body sent to the service").contains("Which product sold most");
    }

    /** Streamed pieces (or the one-piece fallback) add up to the answer. */
    @Test
    public void streamedPiecesAddUpToTheAnswer() {
        server.replyWith(new ChatTestServer.Reply.Answer(ANSWER));
        StringBuilder pieces = new StringBuilder();
        ChatResponse response = extension().chatStreaming(question(), pieces::append, newContext());
        assertThat(pieces.toString()).as("streamed pieces joined").isEqualTo(ANSWER);
        assertThat(response.content()).as("complete answer after streaming").isEqualTo(ANSWER);
    }

    /** HTTP errors become PluginExceptions of the right kind, with messages free of secrets. */
    @Test
    public void reportsServiceErrorsByKind() {
        Map<Integer, PluginException.Kind> expected = new TreeMap<>(Map.of(
                401, PluginException.Kind.AUTHENTICATION_FAILED,
                403, PluginException.Kind.AUTHENTICATION_FAILED,
                429, PluginException.Kind.LIMIT_EXCEEDED,
                500, PluginException.Kind.EXTERNAL_FAILURE,
                503, PluginException.Kind.EXTERNAL_FAILURE));
        expected.forEach((status, kind) -> {
            server.replyWith(new ChatTestServer.Reply.Failure(status, "simulated failure " + status));
            PluginException failure = chatFailure("HTTP " + status);
            assertNoSecretIn(failure.getMessage());
            assertThat(failure.kind()).as("kind of the failure for HTTP %d", status).isEqualTo(kind);
        });
    }

    /**
     * An unreachable service becomes EXTERNAL_FAILURE or TIMEOUT.
     *
     * @throws IOException if no free port can be found
     */
    @Test
    public void reportsAnUnreachableService() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            target = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
        PluginException failure = chatFailure("an unreachable service");
        assertThat(failure.kind()).as("kind of the failure for an unreachable service")
                .isIn(PluginException.Kind.EXTERNAL_FAILURE, PluginException.Kind.TIMEOUT);
    }

    /**
     * Chats from eight threads at once all get the answer.
     *
     * @throws Exception if a chat fails
     */
    @Test
    public void isThreadSafe() throws Exception {
        server.replyWith(new ChatTestServer.Reply.Answer(ANSWER));
        List<Callable<String>> tasks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            tasks.add(() -> extension().chat(question(), newContext()).content());
        }
        assertThat(runConcurrently(tasks)).as("answers of concurrent chats").containsOnly(ANSWER);
    }

    /** A service that never answers becomes TIMEOUT, if the provider's timeout can be set short. */
    @Test
    public void timesOutWhenTheServiceNeverAnswers() {
        Optional<Map<String, Object>> shortTimeout = settingsWithShortTimeout(server.baseUrl());
        Assumptions.assumeTrue(shortTimeout.isPresent(), "settingsWithShortTimeout is not given");
        server.replyWith(new ChatTestServer.Reply.Hang());
        Throwable thrown = catchThrowable(() -> extension().chat(question(),
                TestPluginContext.forExtension(extension(), shortTimeout.get())));
        assertThat(thrown).as("chat with a service that never answers").isInstanceOf(PluginException.class);
        assertThat(((PluginException) thrown).kind()).isEqualTo(PluginException.Kind.TIMEOUT);
    }

    private static ChatRequest question() {
        return ChatRequest.of(List.of(ChatMessage.system("You answer questions about sales data."), ChatMessage.user(QUESTION)));
    }

    private PluginException chatFailure(String situation) {
        Throwable thrown = catchThrowable(() -> extension().chat(question(), newContext()));
        assertThat(thrown).as("chat with %s", situation).isInstanceOf(PluginException.class);
        assertThat(thrown.getMessage()).as("message of the failure for %s", situation).isNotBlank();
        return (PluginException) thrown;
    }

    private void assertNoSecretIn(String message) {
        Map<String, Object> values = newContext().settings().asMap();
        for (SettingDescriptor setting : extension().settingsSchema().settings()) {
            Object secret = values.get(setting.name());
            if (setting.secret() && secret != null && !secret.toString().isEmpty()) {
                assertThat(message).as("failure message (must not contain secret setting '%s')", setting.name())
                        .doesNotContain(secret.toString());
            }
        }
    }
}
