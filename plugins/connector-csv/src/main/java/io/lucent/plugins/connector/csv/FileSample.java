package io.lucent.plugins.connector.csv;

import io.lucent.plugin.api.PluginException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;

/**
 * The first bytes of a file, read ahead without consuming them, and the checks that can be made on them
 * before parsing: is there anything, and is it text.
 *
 * @param bytes    the first bytes, at most {@link #SIZE}
 * @param complete whether they are the whole file
 */
record FileSample(byte[] bytes, boolean complete) {

    /** How many bytes detection looks at: enough for hundreds of rows, small enough to hold in memory. */
    static final int SIZE = 1 << 20;

    /** Reads ahead and resets the stream to where it was, so parsing starts from the first byte again. */
    static FileSample peek(BufferedInputStream in) throws IOException {
        in.mark(SIZE + 1);
        byte[] bytes = in.readNBytes(SIZE);
        boolean complete = bytes.length < SIZE || in.read() < 0;
        in.reset();
        return new FileSample(bytes, complete);
    }

    /**
     * The sample as text in the given encoding, with the byte-order mark removed and undecodable bytes
     * replaced.
     */
    String text(DetectedEncoding encoding) {
        ByteBuffer in = ByteBuffer.wrap(bytes, encoding.bomLength(), bytes.length - encoding.bomLength());
        try {
            return encoding.charset().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(in).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder cannot fail", e);
        }
    }

    /**
     * Rejects what cannot be a delimited text file.
     *
     * @param fileName the file's name, for messages
     * @param text     the decoded sample
     * @throws PluginException of kind INVALID_INPUT if the file is empty or holds binary data
     */
    void requireText(String fileName, String text) {
        String kind = binarySignature();
        if (kind != null) {
            throw invalid("'" + fileName + "' is " + kind + ", not a CSV text file.");
        }
        if (text.isBlank()) {
            throw invalid("'" + fileName + "' is empty: there are no rows to read.");
        }
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw invalid(looksLikeUtf16WithoutBom()
                        ? "'" + fileName + "' looks like UTF-16 text without a byte-order mark: set the encoding to UTF-16LE or UTF-16BE."
                        : "'" + fileName + "' contains binary data (NUL bytes), not CSV text.");
            }
            if (c < 0x20 && c != '\t' && c != '\r' && c != '\n' && c != '\f') {
                control++;
            }
        }
        if (control > text.length() / 20) {
            throw invalid("'" + fileName + "' contains binary data (control characters), not CSV text.");
        }
    }

    /** Text in UTF-16 without a byte-order mark has a NUL in nearly every other byte (for Latin text). */
    private boolean looksLikeUtf16WithoutBom() {
        int even = 0;
        int odd = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                if (i % 2 == 0) {
                    even++;
                } else {
                    odd++;
                }
            }
        }
        int half = bytes.length / 2;
        return half > 0 && (even > half * 0.8 && odd < half * 0.05 || odd > half * 0.8 && even < half * 0.05);
    }

    private String binarySignature() {
        if (startsWith('P', 'K', 3, 4)) {
            return "a ZIP archive (perhaps an Excel .xlsx workbook)";
        }
        if (startsWith('%', 'P', 'D', 'F')) {
            return "a PDF document";
        }
        if (startsWith(0xD0, 0xCF, 0x11, 0xE0)) {
            return "an Office document (perhaps an Excel .xls workbook)";
        }
        if (startsWith(0x1F, 0x8B)) {
            return "a gzip-compressed file";
        }
        if (startsWith('P', 'A', 'R', '1')) {
            return "a Parquet file";
        }
        return null;
    }

    private boolean startsWith(int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static PluginException invalid(String message) {
        return new PluginException(PluginException.Kind.INVALID_INPUT, message);
    }
}
