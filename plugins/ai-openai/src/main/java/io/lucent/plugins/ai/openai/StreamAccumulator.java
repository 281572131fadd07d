package io.lucent.plugins.ai.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lucent.plugin.api.PluginException;
import io.lucent.plugin.api.ai.ChatResponse;
import io.lucent.plugin.api.ai.TokenUsage;
import java.util.function.Consumer;

/**
 * Reads a streamed answer, one server-sent-events line at a time: {@code data: {chunk}} lines carry
 * {@code choices[0].delta.content} pieces, which are handed on as they arrive; {@code data: [DONE]} ends
 * the stream; comments ({@code :...}), event names and blank lines are skipped. The finish reason, model
 * and token usage (in the final chunk, when the service sends it) are kept for the complete response.
 * Confined to one call.
 */
final class StreamAccumulator {

    private final ObjectMapper json;
    private final Consumer<String> onDelta;
    private final String requestedModel;
    private final StringBuilder content = new StringBuilder();
    private String model = "";
    private String finishReason = "";
    private TokenUsage usage = TokenUsage.NONE;
    private boolean done;

    StreamAccumulator(ObjectMapper json, Consumer<String> onDelta, String requestedModel) {
        this.json = json;
        this.onDelta = onDelta;
        this.requestedModel = requestedModel;
    }

    /**
     * Takes one line of the event stream.
     *
     * @return false once the stream has said it is done
     * @throws PluginException of kind EXTERNAL_FAILURE if a chunk is malformed or reports an error
     */
    boolean accept(String line) {
        if (done || !line.startsWith("data:")) {
            return !done;
        }
        String data = line.substring(5).strip();
        if (data.equals("[DONE]")) {
            done = true;
            return false;
        }
        if (data.isEmpty()) {
            return true;
        }
        JsonNode chunk = ResponseReader.parse(json, data);
        if (chunk.has("error")) {
            throw new PluginException(PluginException.Kind.EXTERNAL_FAILURE,
                    "The AI service failed while answering: " + ResponseReader.errorMessage(json, data));
        }
        if (model.isEmpty()) {
            model = ResponseReader.text(chunk.path("model"));
        }
        ResponseReader.usage(chunk).ifPresent(found -> usage = found);
        JsonNode choice = chunk.path("choices").path(0);
        String reason = ResponseReader.text(choice.path("finish_reason"));
        if (!reason.isEmpty()) {
            finishReason = reason;
        }
        String piece = ResponseReader.text(choice.path("delta").path("content"));
        if (!piece.isEmpty()) {
            content.append(piece);
            onDelta.accept(piece);
        }
        return true;
    }

    /**
     * The complete answer.
     *
     * @throws PluginException of kind EXTERNAL_FAILURE if the stream ended before the answer was finished
     */
    ChatResponse response() {
        if (!done && finishReason.isEmpty()) {
            throw ResponseReader.malformed("the streamed answer ended before it was complete");
        }
        return new ChatResponse(content.toString(), model.isEmpty() ? requestedModel : model, usage, finishReason);
    }
}
