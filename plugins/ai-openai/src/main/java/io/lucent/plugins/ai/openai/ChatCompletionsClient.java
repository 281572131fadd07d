package io.lucent.plugins.ai.openai;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lucent.plugin.api.PluginContext;
import io.lucent.plugin.api.PluginException;
import io.lucent.plugin.api.ai.ChatRequest;
import io.lucent.plugin.api.ai.ChatResponse;
import io.lucent.plugin.api.ai.ResponseFormat;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Calls {@code POST {baseUrl}/chat/completions}, with retries, deadlines and cancellation. Thread-safe and
 * stateless: each call builds its own {@link HttpClient} from the call's settings (connect timeout,
 * redirects followed), which lives only as long as the call.
 *
 * <p>Each attempt has {@code requestTimeoutSeconds} from sending the request to the end of the answer,
 * streamed or not. A 429 or 5xx answer is retried up to {@code maxRetries} times after the wait
 * {@link RetryDelay} gives; other failures are not retried.
 */
final class ChatCompletionsClient {

    /** Error bodies longer than this are cut; the service's message is at their start. */
    private static final int MAX_ERROR_BODY = 64 * 1024;

    private final ObjectMapper json;
    private final Sleeper sleeper;

    ChatCompletionsClient(ObjectMapper json, Sleeper sleeper) {
        this.json = json;
        this.sleeper = sleeper;
    }

    ChatResponse complete(ChatRequest request, OpenAiSettings settings, PluginContext context) {
        String model = request.model() != null ? request.model() : settings.model();
        return exchange(request, model, false, settings, context, (lines, deadline) -> {
            StringBuilder body = new StringBuilder();
            for (String line = lines.nextLine(deadline, context); line != null; line = lines.nextLine(deadline, context)) {
                body.append(line).append('\n');
            }
            return checked(request, ResponseReader.completion(json, body.toString(), model));
        });
    }

    ChatResponse stream(ChatRequest request, Consumer<String> onDelta, OpenAiSettings settings, PluginContext context) {
        String model = request.model() != null ? request.model() : settings.model();
        return exchange(request, model, true, settings, context, (lines, deadline) -> {
            StreamAccumulator stream = new StreamAccumulator(json, onDelta, model);
            for (String line = lines.nextLine(deadline, context); line != null; line = lines.nextLine(deadline, context)) {
                if (!stream.accept(line)) {
                    lines.cancel();
                    break;
                }
            }
            return checked(request, stream.response());
        });
    }

    /** Reads a successful response body. */
    @FunctionalInterface
    private interface BodyReader {
        ChatResponse read(ResponseLines lines, long deadlineNanos) throws TimeoutException, IOException;
    }

    private ChatResponse exchange(ChatRequest request, String model, boolean stream, OpenAiSettings settings,
            PluginContext context, BodyReader reader) {
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                // HTTP/2 only where TLS negotiates it; no cleartext upgrade attempts against local servers.
                .version("https".equals(settings.baseUrl().getScheme()) ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1)
                .build();
        HttpRequest httpRequest = httpRequest(RequestBody.write(json, request, model, stream), stream, settings);
        for (int attempt = 0; ; attempt++) {
            context.throwIfCancelled();
            ResponseLines lines = new ResponseLines();
            CompletableFuture<HttpResponse<Void>> sent = client.sendAsync(httpRequest, lines.handler());
            sent.whenComplete((response, failure) -> {
                if (failure != null) {
                    lines.fail(failure);
                }
            });
            long deadline = System.nanoTime() + settings.requestTimeout().toNanos();
            try {
                HttpResponse.ResponseInfo info = lines.awaitResponse(deadline, context);
                int status = info.statusCode();
                if (status >= 200 && status < 300) {
                    return reader.read(lines, deadline);
                }
                String message = ResponseReader.errorMessage(json, errorBody(lines, deadline, context));
                if ((status == 429 || status >= 500) && attempt < settings.maxRetries()) {
                    context.logger().log(System.Logger.Level.INFO, "AI service answered HTTP {0}; retry {1} of {2}",
                            status, attempt + 1, settings.maxRetries());
                    sleeper.sleep(RetryDelay.after(info.headers(), attempt, context.clock()), context);
                    continue;
                }
                throw ServiceFailures.ofStatus(status, message, settings);
            } catch (TimeoutException e) {
                sent.cancel(true);
                throw ServiceFailures.timeout(settings);
            } catch (IOException e) {
                throw ServiceFailures.ofException(e, settings);
            } catch (RuntimeException e) {
                lines.cancel();
                sent.cancel(true);
                throw e;
            }
        }
    }

    private HttpRequest httpRequest(String body, boolean stream, OpenAiSettings settings) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(settings.chatCompletions())
                .header("Content-Type", "application/json")
                .header("Accept", stream ? "text/event-stream" : "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        settings.apiKey().ifPresent(key -> builder.header("Authorization", "Bearer " + key));
        return builder.build();
    }

    private static String errorBody(ResponseLines lines, long deadline, PluginContext context) throws TimeoutException, IOException {
        StringBuilder body = new StringBuilder();
        for (String line = lines.nextLine(deadline, context); line != null; line = lines.nextLine(deadline, context)) {
            if (body.length() < MAX_ERROR_BODY) {
                body.append(line).append('\n');
            }
        }
        return body.toString();
    }

    /** In JSON mode the answer must be one JSON object; anything else is the service's failure. */
    private ChatResponse checked(ChatRequest request, ChatResponse response) {
        if (request.format() == ResponseFormat.JSON) {
            try {
                ResponseReader.parse(json, response.content());
            } catch (PluginException e) {
                String why = "length".equals(response.finishReason()) ? " (it was cut off at the token limit)" : "";
                throw ResponseReader.malformed("the answer is not the JSON object that was asked for" + why);
            }
        }
        return response;
    }
}
