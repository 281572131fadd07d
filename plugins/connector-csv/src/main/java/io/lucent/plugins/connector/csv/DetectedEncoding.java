package io.lucent.plugins.connector.csv;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The character encoding of a file and the length of its byte-order mark.
 *
 * <p>Detection, in order: a byte-order mark names UTF-8, UTF-16BE or UTF-16LE; otherwise the sample is UTF-8
 * if it decodes as valid UTF-8 (plain ASCII included), and windows-1252 (the usual encoding of Excel exports
 * on Western Windows machines, a superset of ISO-8859-1's printable range) if not. Only the sample is
 * checked: a UTF-8 file with an invalid byte after the sample reads that byte as U+FFFD.
 *
 * @param charset   the encoding
 * @param bomLength the number of byte-order-mark bytes to skip at the start, 0 if none
 * @param detected  whether the encoding was detected rather than given by the user
 */
record DetectedEncoding(Charset charset, int bomLength, boolean detected) {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * Detects the encoding of a file from its first bytes.
     *
     * @param sample   the first bytes of the file
     * @param complete whether the sample is the whole file (then a multi-byte character cut at its end is
     *                 an error, not an artefact of sampling)
     */
    static DetectedEncoding detect(byte[] sample, boolean complete) {
        int bom = utf8BomLength(sample);
        if (bom > 0) {
            return new DetectedEncoding(StandardCharsets.UTF_8, bom, true);
        }
        if (startsWith(sample, 0xFE, 0xFF)) {
            return new DetectedEncoding(StandardCharsets.UTF_16BE, 2, true);
        }
        if (startsWith(sample, 0xFF, 0xFE)) {
            return new DetectedEncoding(StandardCharsets.UTF_16LE, 2, true);
        }
        Charset charset = isValidUtf8(sample, complete) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        return new DetectedEncoding(charset, 0, true);
    }

    /**
     * The encoding the user chose; a matching byte-order mark at the start is still skipped.
     */
    static DetectedEncoding given(Charset charset, byte[] sample) {
        int bom = 0;
        if (charset.equals(StandardCharsets.UTF_8)) {
            bom = utf8BomLength(sample);
        } else if (charset.equals(StandardCharsets.UTF_16BE) && startsWith(sample, 0xFE, 0xFF)
                || charset.equals(StandardCharsets.UTF_16LE) && startsWith(sample, 0xFF, 0xFE)) {
            bom = 2;
        }
        return new DetectedEncoding(charset, bom, false);
    }

    private static int utf8BomLength(byte[] sample) {
        return startsWith(sample, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    }

    private static boolean startsWith(byte[] sample, int... prefix) {
        if (sample.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((sample[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isValidUtf8(byte[] sample, boolean complete) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(sample);
        CharBuffer out = CharBuffer.allocate(Math.max(16, sample.length));
        CoderResult result = decoder.decode(in, out, complete);
        if (result.isError()) {
            return false;
        }
        // Without the whole file, up to 3 trailing bytes may be a character cut by the sample's end.
        return complete ? !decoder.flush(out).isError() : in.remaining() <= 3;
    }
}
