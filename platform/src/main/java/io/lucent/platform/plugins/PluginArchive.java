package io.lucent.platform.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Expands a plugin zip into a cache directory, once per zip content (name, size and modification time), with
 * guards against entries escaping the target ("zip slip") and against zip bombs.
 */
final class PluginArchive {

    static final long MAX_EXPANDED_BYTES = 1L << 30;
    static final int MAX_ENTRIES = 20_000;
    private static final String COMPLETE_MARKER = ".expanded";

    private PluginArchive() {
    }

    /** Expands {@code zip} below {@code cacheRoot} unless an identical expansion is already there. */
    static Path expand(Path zip, Path cacheRoot) throws IOException {
        String key = zip.getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_")
                + "-" + Files.size(zip) + "-" + Files.getLastModifiedTime(zip).toMillis();
        Path target = cacheRoot.resolve(key);
        if (Files.exists(target.resolve(COMPLETE_MARKER))) {
            return target;
        }
        deleteRecursively(target);
        Files.createDirectories(target);
        try (ZipFile file = new ZipFile(zip.toFile())) {
            long total = 0;
            int count = 0;
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (++count > MAX_ENTRIES) {
                    throw new ZipException("the archive has more than " + MAX_ENTRIES + " entries");
                }
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new ZipException("the archive has an entry outside its root: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                total += copyBounded(file.getInputStream(entry), out, MAX_EXPANDED_BYTES - total);
            }
        } catch (ZipException e) {
            deleteRecursively(target);
            throw e;
        } catch (IOException | RuntimeException e) {
            deleteRecursively(target);
            throw new ZipException("not a readable zip archive (" + e.getMessage() + ")");
        }
        Files.createFile(target.resolve(COMPLETE_MARKER));
        return target;
    }

    private static long copyBounded(InputStream in, Path out, long budget) throws IOException {
        long written = 0;
        byte[] buffer = new byte[64 * 1024];
        try (in; OutputStream os = Files.newOutputStream(out)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                written += n;
                if (written > budget) {
                    throw new ZipException("the archive expands to more than " + (MAX_EXPANDED_BYTES >> 20) + " MB");
                }
                os.write(buffer, 0, n);
            }
        }
        return written;
    }

    static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
