package io.lucent.plugins.ai.openai;

import static io.lucent.plugins.ai.openai.FakeChatService.completion;
import static io.lucent.plugins.ai.openai.FakeChatService.deltaChunk;
import static io.lucent.plugins.ai.openai.FakeChatService.error;
import static io.lucent.plugins.ai.openai.FakeChatService.event;
import static io.lucent.plugins.ai.openai.FakeChatService.startEvents;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lucent.plugin.api.CancelledException;
import io.lucent.plugin.api.PluginException;
import io.lucent.plugin.api.ai.ChatMessage;
import io.lucent.plugin.api.ai.ChatRequest;
import io.lucent.plugin.api.ai.ChatResponse;
import io.lucent.plugin.api.ai.ResponseFormat;
import io.lucent.plugin.api.ai.TokenUsage;
import io.lucent.plugin.testkit.TestPluginContext;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Talks to a real HTTP server on loopback that speaks the chat-completions protocol. */
class OpenAiProviderTest {

    private static final String KEY = "sk-test-secret-123";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FakeChatService service = new FakeChatService();
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final OpenAiProvider provider = new OpenAiProvider((duration, context) -> waits.add(duration));

    @AfterEach
    void stopService() {
        service.close();
    }

    @Test
    void returnsTheAnswerWithModelUsageAndFinishReason() throws IOException {
        service.then(completion("\"Binders sold most.\""));

        ChatResponse response = provider.chat(question(), context(Map.of()));

        assertThat(response.content()).isEqualTo("Binders sold most.");
        assertThat(response.model()).isEqualTo("gpt-test-0613");
        assertThat(response.usage()).isEqualTo(new TokenUsage(21, 7));
        assertThat(response.finishReason()).isEqualTo("stop");
    }

    @Test
    void postsTheConversationToChatCompletionsWithTheBearerKey() throws IOException {
        service.then(completion("\"ok\""));

        provider.chat(new ChatRequest(List.of(ChatMessage.system("Be brief."), ChatMessage.user("Hi")), null, 0.2, 50,
                ResponseFormat.TEXT), context(Map.of()));

        FakeChatService.Received request = service.received().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v1/chat/completions");
        assertThat(request.authorization()).isEqualTo("Bearer " + KEY);
        JsonNode body = JSON.readTree(request.body());
        assertThat(body.path("model").asText()).isEqualTo("test-model");
        assertThat(body.path("messages").get(0).path("role").asText()).isEqualTo("system");
        assertThat(body.path("messages").get(1).path("content").asText()).isEqualTo("Hi");
        assertThat(body.path("temperature").asDouble()).isEqualTo(0.2);
        assertThat(body.path("max_tokens").asInt()).isEqualTo(50);
        assertThat(body.has("response_format")).isFalse();
        assertThat(body.has("stream")).isFalse();
    }

    @Test
    void usesTheModelNamedInTheRequestOverTheDefault() throws IOException {
        service.then(completion("\"ok\""));

        provider.chat(new ChatRequest(List.of(ChatMessage.user("Hi")), "llama3.1", null, null, ResponseFormat.TEXT), context(Map.of()));

        assertThat(JSON.readTree(service.received().get(0).body()).path("model").asText()).isEqualTo("llama3.1");
    }

    @Test
    void sendsNoAuthorizationWithoutAKey() {
        service.then(completion("\"ok\""));
        Map<String, Object> settings = new HashMap<>(settings());
        settings.remove("apiKey");

        provider.chat(question(), TestPluginContext.forExtension(provider, settings));

        assertThat(service.received().get(0).authorization()).isNull();
    }

    @Test
    void asksForJsonModeAndReturnsTheJsonObject() throws IOException {
        service.then(completion("\"{\\\"top\\\":\\\"Binders\\\"}\""));

        ChatResponse response = provider.chat(jsonQuestion("Which product sold most?"), context(Map.of()));

        assertThat(JSON.readTree(response.content()).path("top").asText()).isEqualTo("Binders");
        JsonNode body = JSON.readTree(service.received().get(0).body());
        assertThat(body.path("response_format").path("type").asText()).isEqualTo("json_object");
        assertThat(body.path("messages").get(0).path("content").asText()).isEqualTo(RequestBody.JSON_INSTRUCTION);
    }

    @Test
    void addsNoJsonInstructionWhenTheConversationAlreadyMentionsJson() throws IOException {
        service.then(completion("\"{}\""));

        provider.chat(jsonQuestion("Answer in JSON: which product sold most?"), context(Map.of()));

        JsonNode messages = JSON.readTree(service.received().get(0).body()).path("messages");
        assertThat(messages).hasSize(1);
    }

    @Test
    void refusesAnAnswerThatIsNotTheRequestedJson() {
        service.then(completion("\"Sure! Binders.\""));

        assertThatThrownBy(() -> provider.chat(jsonQuestion("JSON please"), context(Map.of())))
                .isInstanceOfSatisfying(PluginException.class, e -> assertThat(e.kind()).isEqualTo(PluginException.Kind.EXTERNAL_FAILURE))
                .hasMessageContaining("not the JSON object");
    }

    @Test
    void streamsPiecesAsTheyArriveAndTakesUsageFromTheFinalChunk() throws IOException {
        CountDownLatch firstPieceSeen = new CountDownLatch(1);
        service.then((exchange, s) -> {
            OutputStream out = startEvents(exchange);
            out.write(": keep-alive comment\n\n".getBytes());
            event(out, "{\"id\":\"c\",\"model\":\"gpt-test-0613\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"}}]}");
            event(out, deltaChunk("Binders "));
            // The rest is only sent once the client has handed the first piece over: streaming must be real.
            try {
                if (!firstPieceSeen.await(10, TimeUnit.SECONDS)) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            event(out, deltaChunk("sold most."));
            event(out, "{\"id\":\"c\",\"model\":\"gpt-test-0613\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}");
            event(out, "{\"id\":\"c\",\"model\":\"gpt-test-0613\",\"choices\":[],\"usage\":{\"prompt_tokens\":30,\"completion_tokens\":4}}");
            event(out, "[DONE]");
            out.close();
        });
        List<String> pieces = new ArrayList<>();

        ChatResponse response = provider.chatStreaming(question(), piece -> {
            pieces.add(piece);
            firstPieceSeen.countDown();
        }, context(Map.of()));

        assertThat(pieces).containsExactly("Binders ", "sold most.");
        assertThat(response.content()).isEqualTo("Binders sold most.");
        assertThat(response.usage()).isEqualTo(new TokenUsage(30, 4));
        assertThat(response.finishReason()).isEqualTo("stop");
        JsonNode body = JSON.readTree(service.received().get(0).body());
        assertThat(body.path("stream").asBoolean()).isTrue();
        assertThat(body.path("stream_options").path("include_usage").asBoolean()).isTrue();
        assertThat(provider.supportsStreaming()).isTrue();
    }

    @Test
    void reportsAStreamThatEndsBeforeTheAnswerIsComplete() {
        service.then((exchange, s) -> {
            OutputStream out = startEvents(exchange);
            event(out, deltaChunk("Binders"));
            out.close();
        });

        assertThatThrownBy(() -> provider.chatStreaming(question(), piece -> { }, context(Map.of())))
                .isInstanceOfSatisfying(PluginException.class, e -> assertThat(e.kind()).isEqualTo(PluginException.Kind.EXTERNAL_FAILURE))
                .hasMessageContaining("ended before");
    }

    @Test
    void reportsARefusedKeyAsAuthenticationFailureWithoutTheKey() {
        service.then(error(401, "Incorrect API key provided: " + KEY + ". You can find your API key at the dashboard."));

        assertThatThrownBy(() -> provider.chat(question(), context(Map.of())))
                .isInstanceOfSatisfying(PluginException.class, e -> {
                    assertThat(e.kind()).isEqualTo(PluginException.Kind.AUTHENTICATION_FAILED);
                    assertThat(e.getMessage()).contains("Incorrect API key provided", "HTTP 401").doesNotContain(KEY);
                });
        assertThat(service.received()).hasSize(1);
    }

    @Test
    void reportsForbiddenAsAuthenticationFailure() {
        service.then(error(403, "Project does not have access to model"));

        assertThatThrownBy(() -> provider.chat(question(), context(Map.of())))
                .isInstanceOfSatisfying(PluginException.class, e -> assertThat(e.kind()).isEqualTo(PluginException.Kind.AUTHENTICATION_FAILED));
    }

    @Test
    void retriesARateLimitAfterTheWaitTheServiceAsksFor() {
        service.then(error(429, "Rate limit reached", Map.of("Retry-After", "7"))).then(completion("\"Binders.\""));

        ChatResponse response = provider.chat(question(), context(Map.of()));

        assertThat(response.content()).isEqualTo("Binders.");
        assertThat(service.received()).hasSize(2);
        assertThat(waits).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void givesUpOnAPersistentRateLimitAsLimitExceeded() {
        service.then(error(429, "You exceeded your current quota"));

        assertThatThrownBy(() -> provider.chat(question(), context(Map.of("maxRetries", 2))))
                .isInstanceOfSatisfying(PluginException.class, e -> {
                    assertThat(e.kind()).isEqualTo(PluginException.Kind.LIMIT_EXCEEDED);
                    assertThat(e.getMessage()).contains("You exceeded your current quota");
                });
        assertThat(service.received()).hasSize(3);
        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void retriesServerErrorsThenReportsThemAsExternalFailure() {
        service.then(error(503, "overloaded")).then(completion("\"ok\""));

        assertThat(provider.chat(question(), context(Map.of())).content()).isEqualTo("ok");

        service.then(error(500, "boom"));
        assertThatThrownBy(() -> provider.chat(question(), context(Map.of("maxRetries", 0))))
                .isInstanceOfSatisfying(PluginException.class, e -> assertThat(e.kind()).isEqualTo(PluginException.Kind.EXTERNAL_FAILURE))
                .hasMessageContaining("boom");
    }

    @Test
    void doesNotRetryOtherClientErrorsAndQuotesOllamaStyleMessages() {
        service.then((exchange, s) -> FakeChatService.json(exchange, 404, "{\"error\":\"model 'llama9' not found\"}"));

        assertThatThrownBy(() -> provider.chat(question(), context(Map.of())))
                .isInstanceOfSatisfying(PluginException.class, e -> assertThat(e.kind()).isEqualTo(PluginException.Kind.EXTERNAL_FAILURE))
                .hasMessageContaining("model 'llama9' not found");
        assertThat(service.received()).hasSize(1);
    }

    @Test
    void reportsMalformedJsonAsExternalFailure() {
        service.then((exchange, s) -> FakeChatService.json(exchange, 200, "{\"choices\": [ oops"));

        assertThatThrownBy(() -> provider.chat(question(), context(Map.of())))
                .isInstanceOfSatisfying(PluginException.class, e -> assertThat(e.kind()).isEqualTo(PluginException.Kind.EXTERNAL_FAILURE))
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void timesOutWhenTheServiceDoesNotAnswer() {
        service.then((exchange, s) -> s.hang());

        assertThatThrownBy(() -> provider.chat(question(), context(Map.of("requestTimeoutSeconds", 1))))
                .isInstanceOfSatisfying(PluginException.class, e -> assertThat(e.kind()).isEqualTo(PluginException.Kind.TIMEOUT));
    }

    @Test
    void timesOutWhenAStreamStopsHalfway() {
        service.then((exchange, s) -> {
            OutputStream out = startEvents(exchange);
            event(out, deltaChunk("Binders"));
            s.hang();
        });
        List<String> pieces = new ArrayList<>();

        assertThatThrownBy(() -> provider.chatStreaming(question(), pieces::add, context(Map.of("requestTimeoutSeconds", 1))))
                .isInstanceOfSatisfying(PluginException.class, e -> assertThat(e.kind()).isEqualTo(PluginException.Kind.TIMEOUT));
        assertThat(pieces).containsExactly("Binders");
    }

    @Test
    void reportsAnUnreachableServiceAsExternalFailure() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        assertThatThrownBy(() -> provider.chat(question(), context(Map.of("baseUrl", "http://127.0.0.1:" + closedPort + "/v1"))))
                .isInstanceOfSatisfying(PluginException.class, e -> assertThat(e.kind()).isEqualTo(PluginException.Kind.EXTERNAL_FAILURE))
                .hasMessageContaining("127.0.0.1:" + closedPort);
    }

    @Test
    void sendsNothingWhenTheCallIsAlreadyCancelled() {
        TestPluginContext cancelled = TestPluginContext.forExtension(provider, settings()).cancel();

        assertThatThrownBy(() -> provider.chat(question(), cancelled)).isInstanceOf(CancelledException.class);
        assertThat(service.received()).isEmpty();
    }

    private Map<String, Object> settings() {
        return Map.of("baseUrl", service.baseUrl(), "apiKey", KEY, "model", "test-model", "requestTimeoutSeconds", 20);
    }

    private TestPluginContext context(Map<String, Object> overrides) {
        Map<String, Object> settings = new HashMap<>(settings());
        settings.putAll(overrides);
        return TestPluginContext.forExtension(provider, settings);
    }

    private static ChatRequest question() {
        return ChatRequest.of(List.of(ChatMessage.system("You answer questions about sales."), ChatMessage.user("Which product sold most?")));
    }

    private static ChatRequest jsonQuestion(String text) {
        return new ChatRequest(List.of(ChatMessage.user(text)), null, null, null, ResponseFormat.JSON);
    }
}
