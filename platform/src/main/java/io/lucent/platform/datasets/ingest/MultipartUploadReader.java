package io.lucent.platform.datasets.ingest;

import io.lucent.platform.errors.ErrorCode;
import io.lucent.platform.errors.LucentException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.io.Content;

/**
 * Reads a {@code multipart/form-data} upload from the raw request body in large chunks with Jetty's low-level
 * multipart parser, writing the {@code file} part straight into a new file in the staging directory (no temporary
 * copy elsewhere, no move) and keeping the other parts as small text fields.
 *
 * <p>Limits are enforced while streaming: the file part fails with 413 as soon as it passes the size limit; a text
 * field above {@value #MAX_FIELD_BYTES} bytes, a part header section above {@value #MAX_PART_HEADER_BYTES} bytes or
 * more than {@value #MAX_PARTS} parts fail with 400. Every failure (also a malformed or truncated body, or a client
 * that disconnects) deletes the staged file before the exception leaves {@link #read}.
 */
public final class MultipartUploadReader {

    /** The form field holding the file. */
    public static final String FILE_FIELD = "file";
    /** Most parts a form may have: the file and a few text fields. */
    static final int MAX_PARTS = 16;
    /** Most bytes of one text field. */
    static final int MAX_FIELD_BYTES = 64 * 1024;
    /** Most bytes of one part's header section. */
    static final int MAX_PART_HEADER_BYTES = 8 * 1024;
    /** Bytes read from the body and handed to the parser at a time. */
    static final int CHUNK_BYTES = 1 << 20;
    /**
     * The smallest chunk the reader hands to the parser. Jetty's parser (12.1.5) wrongly emits the line break that
     * ends a part's headers as content when a chunk ends right after the headers and the next chunk holds nothing
     * but the beginning of a delimiter ({@code --boundary}). Every chunk but the last is full, and a full chunk
     * longer than any delimiter cannot be only its beginning, so this never happens.
     */
    static final int MIN_CHUNK_BYTES = 128;
    private static final int MAX_BOUNDARY_LENGTH = 70;
    static final String NO_PARTS = "The body has no part delimited by the boundary given in Content-Type";
    static final String TRUNCATED = "The upload ended before the closing multipart boundary: the body is truncated";

    private final Path stagingDirectory;
    private final int chunkBytes;

    public MultipartUploadReader(Path stagingDirectory) {
        this(stagingDirectory, CHUNK_BYTES);
    }

    /** With a chosen chunk size, at least {@value #MIN_CHUNK_BYTES}, so tests can split the body anywhere. */
    MultipartUploadReader(Path stagingDirectory, int chunkBytes) {
        if (chunkBytes < MIN_CHUNK_BYTES) {
            throw new IllegalArgumentException("chunkBytes must be at least " + MIN_CHUNK_BYTES + ": " + chunkBytes);
        }
        this.stagingDirectory = stagingDirectory;
        this.chunkBytes = chunkBytes;
    }

    /**
     * Reads the whole body.
     *
     * @param body         the raw request body
     * @param contentType  the request's Content-Type header, with the boundary
     * @param maxFileBytes the most bytes the file part may have
     * @return the staged file and the text fields; the caller closes it to delete the file
     * @throws LucentException 400 for a body that is not a well-formed upload form, 413 for a file above the limit
     */
    public ReceivedUpload read(InputStream body, String contentType, long maxFileBytes) {
        String boundary = boundary(contentType);
        UploadParts parts = new UploadParts(stagingDirectory, maxFileBytes);
        MultiPart.Parser parser = new MultiPart.Parser(boundary, parts);
        parser.setPartHeadersMaxLength(MAX_PART_HEADER_BYTES);
        parser.setMaxParts(-1); // counted by UploadParts, which names the limit in its answer
        boolean received = false;
        try {
            byte[] buffer = new byte[chunkBytes];
            boolean last = false;
            while (!last) {
                int length = fill(body, buffer);
                last = length < buffer.length;
                Content.Chunk chunk = Content.Chunk.from(ByteBuffer.wrap(buffer, 0, length), last);
                try {
                    parser.parse(chunk);
                } finally {
                    chunk.release();
                }
                parts.throwIfFailed();
            }
            ReceivedUpload upload = result(parts);
            received = true;
            return upload;
        } catch (IOException e) {
            throw new LucentException(ErrorCode.INVALID_REQUEST, "The upload could not be read: " + e.getMessage(), Map.of(), e);
        } finally {
            if (!received) {
                parts.discard();
            }
        }
    }

    /** Reads until the buffer is full or the body ends; fewer bytes than the buffer holds means the end. */
    private static int fill(InputStream body, byte[] buffer) throws IOException {
        int filled = 0;
        while (filled < buffer.length) {
            int read = body.read(buffer, filled, buffer.length - filled);
            if (read < 0) {
                break;
            }
            filled += read;
        }
        return filled;
    }

    private static ReceivedUpload result(UploadParts parts) {
        if (!parts.sawParts()) {
            throw LucentException.invalid(NO_PARTS);
        }
        if (!parts.complete()) {
            throw LucentException.invalid(TRUNCATED);
        }
        if (parts.staged() == null) {
            throw LucentException.invalid("Send the file as the multipart form field 'file'");
        }
        return new ReceivedUpload(parts.staged(), parts.fields());
    }

    /** The boundary of a {@code multipart/form-data} Content-Type; 400 for another type or no usable boundary. */
    static String boundary(String contentType) {
        if (contentType == null || !mediaType(contentType).equals("multipart/form-data")) {
            throw LucentException.invalid("Send the upload as multipart/form-data, not "
                    + (contentType == null ? "a body without Content-Type" : "'" + FileNames.printable(contentType) + "'"));
        }
        String boundary;
        try {
            boundary = MultiPart.extractBoundary(contentType);
        } catch (RuntimeException e) {
            boundary = null;
        }
        if (boundary == null || boundary.isEmpty()) {
            throw LucentException.invalid("The multipart/form-data Content-Type has no boundary parameter");
        }
        if (boundary.length() > MAX_BOUNDARY_LENGTH) {
            throw LucentException.invalid("The multipart boundary is longer than " + MAX_BOUNDARY_LENGTH + " characters");
        }
        return boundary;
    }

    private static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }
}
