package io.lucent.plugins.connector.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.lucent.plugin.api.PluginException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Pulls records (JSON objects) one at a time from either an array of objects ({@code [{...}, {...}]}) or
 * newline-delimited JSON ({@code {...}\n{...}}), with Jackson's streaming parser. Nested objects are flattened
 * to dotted names ({@code address.city}); arrays are kept as JSON text. Values are {@code String},
 * {@code Long}, {@code Double}, {@code Boolean} or null. Not thread-safe.
 */
final class JsonRecords implements AutoCloseable {

    /**
     * One record and where it starts.
     *
     * @param line   the line of the record's opening brace
     * @param fields its fields, flattened, in order
     */
    record Record(long line, Map<String, Object> fields) {
    }

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxStringLength(10_000_000).build())
            .build();

    private final JsonParser parser;
    private final String fileName;
    private final boolean array;
    private boolean done;

    private JsonRecords(JsonParser parser, String fileName, boolean array) {
        this.parser = parser;
        this.fileName = fileName;
        this.array = array;
    }

    static JsonRecords open(InputStream in, String fileName) {
        JsonParser parser = null;
        try {
            parser = FACTORY.createParser(in);
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw invalid(fileName, "is empty: there are no records to read");
            }
            if (first == JsonToken.START_ARRAY) {
                return new JsonRecords(parser, fileName, true);
            }
            if (first == JsonToken.START_OBJECT) {
                return new JsonRecords(parser, fileName, false);
            }
            throw invalid(fileName, "is not an array of records or newline-delimited JSON objects");
        } catch (JsonProcessingException e) {
            close(parser);
            throw invalid(fileName, "is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            close(parser);
            throw new PluginException(PluginException.Kind.EXTERNAL_FAILURE, "Reading '" + fileName + "' failed: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            close(parser);
            throw e;
        }
    }

    /** The next record, or null after the last. */
    Record next() {
        if (done) {
            return null;
        }
        try {
            JsonToken token = parser.currentToken();
            if (array || token != JsonToken.START_OBJECT) {
                token = parser.nextToken();
            }
            if (token == null || array && token == JsonToken.END_ARRAY) {
                done = true;
                if (array && parser.nextToken() != null) {
                    throw invalid(fileName, "has content after the closing ] of its array (line " + parser.currentLocation().getLineNr() + ")");
                }
                return null;
            }
            if (token != JsonToken.START_OBJECT) {
                throw invalid(fileName, "has a " + describe(token) + " where a record ({...}) should be, at line "
                        + parser.currentLocation().getLineNr());
            }
            long line = parser.currentLocation().getLineNr();
            Map<String, Object> fields = new LinkedHashMap<>();
            readObject("", fields);
            if (!array) {
                parser.nextToken();
            }
            return new Record(line, fields);
        } catch (JsonProcessingException e) {
            done = true;
            throw invalid(fileName, "is not valid JSON at line " + e.getLocation().getLineNr() + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            done = true;
            throw new PluginException(PluginException.Kind.EXTERNAL_FAILURE, "Reading '" + fileName + "' failed: " + e.getMessage(), e);
        }
    }

    private void readObject(String prefix, Map<String, Object> fields) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = prefix + parser.currentName();
            JsonToken value = parser.nextToken();
            switch (value) {
                case START_OBJECT -> readObject(name + ".", fields);
                case START_ARRAY -> fields.put(name, arrayText());
                case VALUE_STRING -> fields.put(name, parser.getText());
                case VALUE_NUMBER_INT -> fields.put(name, parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? parser.getText() : (Object) parser.getLongValue());
                case VALUE_NUMBER_FLOAT -> fields.put(name, parser.getDoubleValue());
                case VALUE_TRUE -> fields.put(name, Boolean.TRUE);
                case VALUE_FALSE -> fields.put(name, Boolean.FALSE);
                default -> fields.put(name, null);
            }
        }
    }

    private String arrayText() throws IOException {
        StringWriter out = new StringWriter();
        try (var generator = FACTORY.createGenerator(out)) {
            generator.copyCurrentStructure(parser);
        }
        return out.toString();
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "nested array";
            case VALUE_STRING -> "string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
            default -> token.asString() == null ? token.name().toLowerCase(java.util.Locale.ROOT) : "'" + token.asString() + "'";
        };
    }

    static PluginException invalid(String fileName, String message) {
        return new PluginException(PluginException.Kind.INVALID_INPUT, "'" + fileName + "' " + message);
    }

    static PluginException invalid(String fileName, String message, Throwable cause) {
        return new PluginException(PluginException.Kind.INVALID_INPUT, "'" + fileName + "' " + message, cause);
    }

    @Override
    public void close() {
        close(parser);
    }

    private static void close(JsonParser parser) {
        if (parser == null) {
            return;
        }
        try {
            parser.close();
        } catch (IOException e) {
            // Done with it.
        }
    }
}
