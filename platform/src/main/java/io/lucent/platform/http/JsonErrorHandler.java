package io.lucent.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lucent.platform.errors.ErrorBody;
import io.lucent.platform.errors.ErrorCode;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the requests Jetty refuses before they reach the REST resources (an encoded slash or NUL in the path,
 * a malformed request line) with the standard JSON error body instead of Jetty's HTML page. A path Jetty finds
 * ambiguous (an encoded '/', '%' or '\\' in a segment) gets a hint to send the value as a query parameter.
 */
public final class JsonErrorHandler extends ErrorHandler {

    private final ObjectMapper json;

    public JsonErrorHandler(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected boolean generateAcceptableResponse(Request request, Response response, Callback callback, String contentType,
                                                 List<Charset> charsets, int code, String message, Throwable cause) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(body(code, message)), callback);
        return true;
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        return ByteBuffer.wrap(body(status, reason));
    }

    private byte[] body(int status, String message) {
        ErrorCode code = ErrorCode.forHttpStatus(status);
        String text = message == null || message.isBlank() ? HttpStatus.getMessage(status) : message;
        if (text.startsWith("Ambiguous URI")) {
            text += ". A value containing '/', '%' or '\\' (an entity id such as '4/Set', a recipe name) cannot travel in a URL"
                    + " path: send it as a query parameter, as the API's ?entity= and ?recipe= forms take it";
        }
        try {
            return json.writeValueAsBytes(new ErrorBody(code.wireName(), text, Map.of()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
