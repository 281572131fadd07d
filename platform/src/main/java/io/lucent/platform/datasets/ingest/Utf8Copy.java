package io.lucent.platform.datasets.ingest;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Rewrites a text file in UTF-8, for readers that only read UTF-8: the leading bytes to skip (a byte-order mark)
 * are dropped and undecodable bytes become U+FFFD, as a connector decoding the same file replaces them.
 */
public final class Utf8Copy {

    private static final int BUFFER = 1 << 16;

    private Utf8Copy() {
    }

    /** Whether {@code charset} needs no conversion to be read as UTF-8 (apart from a UTF-8 byte-order mark). */
    public static boolean isUtf8(Charset charset) {
        return charset.equals(StandardCharsets.UTF_8) || charset.equals(StandardCharsets.US_ASCII);
    }

    /** Writes {@code source}, after {@code skipBytes}, decoded as {@code charset}, to {@code target} in UTF-8. */
    public static void copy(Path source, Charset charset, int skipBytes, Path target) throws IOException {
        try (InputStream in = Files.newInputStream(source)) {
            in.skipNBytes(skipBytes);
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)), BUFFER);
                 Writer writer = new BufferedWriter(Files.newBufferedWriter(target, StandardCharsets.UTF_8), BUFFER)) {
                char[] buffer = new char[BUFFER];
                int read;
                while ((read = reader.read(buffer)) >= 0) {
                    writer.write(buffer, 0, read);
                }
            }
        }
    }
}
