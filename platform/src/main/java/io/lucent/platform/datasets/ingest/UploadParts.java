package io.lucent.platform.datasets.ingest;

import io.lucent.platform.errors.LucentException;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.io.Content;

/**
 * Receives the events of Jetty's multipart parser for one upload form: the part named {@code file} goes straight
 * into a new file in the staging directory (counted against the size limit as it arrives), every other part is a
 * small text field kept in memory.
 *
 * <p>The parser swallows what its listener throws (and carries on), so this class never lets anything escape a
 * callback: the first problem is kept, everything after it is ignored, and {@link MultipartUploadReader} calls
 * {@link #throwIfFailed()} after each chunk it parses.
 */
final class UploadParts extends MultiPart.AbstractPartsListener {

    private enum Target { NONE, FILE, FIELD }

    private final Path stagingDirectory;
    private final long maxFileBytes;
    private final Map<String, String> fields = new LinkedHashMap<>();
    private Throwable failure;
    private boolean complete;
    private int parts;
    private boolean inHeaders;
    private Target target = Target.NONE;

    private String fieldName;
    private ByteArrayOutputStream fieldBytes;

    private Path file;
    private FileChannel channel;
    private String fileName;
    private long fileBytes;
    private StagedFile staged;

    UploadParts(Path stagingDirectory, long maxFileBytes) {
        this.stagingDirectory = stagingDirectory;
        this.maxFileBytes = maxFileBytes;
    }

    /**
     * Throws the first problem met, if any: a {@link LucentException} (400 or 413) for the client, or what went
     * wrong on the server (the staging file could not be written, an {@link Error}).
     */
    void throwIfFailed() {
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure != null) {
            throw new IllegalStateException("Receiving the upload failed", failure);
        }
    }

    /** Whether any part has started. */
    boolean sawParts() {
        return parts > 0;
    }

    /** Whether the closing boundary was parsed. */
    boolean complete() {
        return complete;
    }

    /** The staged file part, once it has ended; null before. */
    StagedFile staged() {
        return staged;
    }

    /** The text fields read so far. */
    Map<String, String> fields() {
        return fields;
    }

    /** Closes and deletes the staged file, whether it was complete or not. */
    void discard() {
        closeChannelQuietly();
        if (file != null) {
            UploadReceiver.deleteQuietly(file);
        }
        if (staged != null) {
            staged.close();
        }
    }

    @Override
    public void onPartBegin() {
        if (failure != null) {
            return;
        }
        parts++;
        inHeaders = true;
        if (parts > MultipartUploadReader.MAX_PARTS) {
            failure = LucentException.invalid("The form has more than " + MultipartUploadReader.MAX_PARTS
                    + " parts: send the file and at most the fields name, connector, options and onBadRows");
        }
    }

    /** Reads the name and file name from Content-Disposition; a header Jetty cannot tokenize (an open quote) is a 400. */
    @Override
    public void onPartHeader(String headerName, String headerValue) {
        if (failure != null) {
            return;
        }
        try {
            super.onPartHeader(headerName, headerValue);
        } catch (RuntimeException e) {
            failure = LucentException.invalid("The part header '" + FileNames.printable(headerName) + "' is malformed: "
                    + FileNames.printable(String.valueOf(e.getMessage())));
        } catch (Error e) {
            failure = e;
        }
    }

    @Override
    public void onPartHeaders() {
        inHeaders = false;
        if (failure != null) {
            return;
        }
        try {
            String name = getName();
            if (name == null || name.isBlank()) {
                throw LucentException.invalid("Every part of the form needs a name (Content-Disposition: form-data; name=\"...\")");
            }
            if (MultipartUploadReader.FILE_FIELD.equals(name)) {
                startFile();
            } else {
                startField(name);
            }
        } catch (RuntimeException | Error e) {
            failure = e;
        }
    }

    private void startFile() {
        if (file != null || staged != null) {
            throw LucentException.invalid("The form has two 'file' parts: send one file per upload");
        }
        fileName = FileNames.requirePlain(getFileName());
        file = UploadReceiver.newStagingFile(stagingDirectory);
        try {
            channel = FileChannel.open(file, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the staging file " + file, e);
        }
        target = Target.FILE;
    }

    private void startField(String name) {
        if (fields.containsKey(name)) {
            throw LucentException.invalid("The form field '" + FileNames.printable(name) + "' appears twice");
        }
        fieldName = name;
        fieldBytes = new ByteArrayOutputStream();
        target = Target.FIELD;
    }

    /** Consumes the chunk at once (the parser reuses the buffer behind it), so it is neither retained nor released. */
    @Override
    public void onPartContent(Content.Chunk chunk) {
        if (failure != null) {
            return;
        }
        try {
            ByteBuffer bytes = chunk.getByteBuffer();
            switch (target) {
                case FILE -> writeFile(bytes);
                case FIELD -> appendField(bytes);
                case NONE -> {
                }
            }
        } catch (RuntimeException | Error e) {
            failure = e;
        }
    }

    private void writeFile(ByteBuffer bytes) {
        fileBytes += bytes.remaining();
        if (fileBytes > maxFileBytes) {
            throw UploadReceiver.tooLarge(maxFileBytes);
        }
        try {
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the staging file " + file, e);
        }
    }

    private void appendField(ByteBuffer bytes) {
        if (fieldBytes.size() + (long) bytes.remaining() > MultipartUploadReader.MAX_FIELD_BYTES) {
            throw LucentException.invalid("The form field '" + FileNames.printable(fieldName) + "' is longer than "
                    + ByteSizes.describe(MultipartUploadReader.MAX_FIELD_BYTES));
        }
        byte[] copy = new byte[bytes.remaining()];
        bytes.get(copy);
        fieldBytes.writeBytes(copy);
    }

    /** The end of a part (the parser's {@code onPartEnd}, after the name and file name are reset). */
    @Override
    public void onPart(String name, String partFileName, HttpFields headers) {
        if (failure != null) {
            return;
        }
        try {
            switch (target) {
                case FILE -> endFile();
                case FIELD -> fields.put(fieldName, new String(fieldBytes.toByteArray(), charset(headers)));
                case NONE -> {
                }
            }
        } catch (RuntimeException | Error e) {
            failure = e;
        } finally {
            target = Target.NONE;
            fieldName = null;
            fieldBytes = null;
        }
    }

    private void endFile() {
        FileChannel written = channel;
        channel = null;
        try {
            written.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close the staging file " + file, e);
        }
        staged = new StagedFile(file, fileName, fileBytes);
        file = null;
    }

    private Charset charset(HttpFields headers) {
        String name = MimeTypes.getCharsetFromContentType(headers.get(HttpHeader.CONTENT_TYPE));
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw LucentException.invalid("The form field '" + FileNames.printable(fieldName) + "' names an unknown charset: " + FileNames.printable(name));
        }
    }

    @Override
    public void onComplete() {
        complete = true;
    }

    @Override
    public void onFailure(Throwable cause) {
        if (failure != null) {
            return;
        }
        if (cause instanceof Error) {
            failure = cause;
        } else if (cause instanceof EOFException && parts == 0) {
            failure = LucentException.invalid(MultipartUploadReader.NO_PARTS);
        } else if (cause instanceof EOFException) {
            failure = LucentException.invalid(MultipartUploadReader.TRUNCATED);
        } else if (inHeaders && cause instanceof IllegalStateException) {
            failure = LucentException.invalid("A part's header section is longer than "
                    + ByteSizes.describe(MultipartUploadReader.MAX_PART_HEADER_BYTES));
        } else {
            failure = LucentException.invalid("The upload is not a well-formed multipart/form-data body"
                    + (inHeaders ? " (in a part's headers)" : "") + ": " + FileNames.printable(String.valueOf(cause.getMessage())));
        }
    }

    private void closeChannelQuietly() {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            // The file is deleted next; nothing more to do.
        } finally {
            channel = null;
        }
    }
}
