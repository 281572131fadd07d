package io.lucent.platform.datasets.store;

import io.lucent.platform.errors.LucentException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A dataset store in a local directory: each key is a file under the root. Writes are atomic (copy, then rename; or
 * only the rename, for a file moved in from the same file system) and, in a durable store, on disk when they
 * return: the file's content is forced to the device before the rename and its directory after it, so that a
 * version answered as stored survives a power loss.
 */
public final class LocalDatasetStore implements DatasetStore {

    private final Path root;
    private final boolean durable;

    /**
     * A durable store: every write is forced to the device before it returns.
     *
     * @param root the directory
     */
    public LocalDatasetStore(Path root) {
        this(root, true);
    }

    /**
     * A store that leaves writing back to the operating system, for a cache of data kept durably elsewhere.
     *
     * @param root the directory
     * @return the store
     */
    public static LocalDatasetStore cache(Path root) {
        return new LocalDatasetStore(root, false);
    }

    private LocalDatasetStore(Path root, boolean durable) {
        this.durable = durable;
        this.root = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.root);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the dataset directory " + root, e);
        }
    }

    @Override
    public void put(String key, Path file) {
        replace(key, partial -> Files.copy(file, partial, StandardCopyOption.REPLACE_EXISTING));
    }

    /**
     * Renames the file into place when it is on the store's file system (an atomic rename, as a copy's last step
     * is); otherwise copies it as {@link #put} does and deletes it.
     */
    @Override
    public void putMoving(String key, Path file) {
        Path target = resolve(key);
        try {
            Files.createDirectories(target.getParent());
            try {
                force(file);
                Files.move(file, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                forceDirectory(target.getParent());
                return;
            } catch (AtomicMoveNotSupportedException e) {
                // Another file system: copy, then rename.
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store " + key, e);
        }
        put(key, file);
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove " + file + " after storing it", e);
        }
    }

    @Override
    public void putBytes(String key, byte[] content) {
        replace(key, partial -> Files.write(partial, content));
    }

    /** Writes a file's content. */
    @FunctionalInterface
    private interface Content {
        void writeTo(Path partial) throws IOException;
    }

    /**
     * Writes the key's file atomically: the content goes to a partial file beside it, which is forced to the
     * device and renamed into place; the partial file never stays behind.
     */
    private void replace(String key, Content content) {
        Path target = resolve(key);
        try {
            Files.createDirectories(target.getParent());
            Path partial = Files.createTempFile(target.getParent(), ".partial-", ".tmp");
            try {
                content.writeTo(partial);
                force(partial);
                move(partial, target);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store " + key, e);
        }
    }

    @Override
    public Optional<byte[]> getBytes(String key) {
        try {
            return Optional.of(Files.readAllBytes(resolve(key)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + key, e);
        }
    }

    @Override
    public Path localFile(String key) {
        Path file = resolve(key);
        if (!Files.isRegularFile(file)) {
            throw LucentException.notFound("Stored file", key);
        }
        return file;
    }

    @Override
    public void deletePrefix(String prefix) {
        Path directory = resolve(prefix);
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + prefix, e);
        }
    }

    @Override
    public List<String> list(String prefix) {
        Path directory = resolve(prefix);
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<String> keys = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".partial-"))
                    .forEach(p -> keys.add(root.relativize(p).toString().replace('\\', '/')));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + prefix, e);
        }
        keys.sort(null);
        return keys;
    }

    private Path resolve(String key) {
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IllegalArgumentException("key outside the store: " + key);
        }
        return path;
    }

    private void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
        forceDirectory(to.getParent());
    }

    /** Forces a file's content to the device (in a durable store). */
    private void force(Path file) throws IOException {
        if (durable) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
        }
    }

    /**
     * Forces a directory's entries (a rename into it) to the device, in a durable store. File systems and systems
     * that cannot open a directory for this (Windows) are left to their own guarantees.
     */
    private void forceDirectory(Path directory) {
        if (!durable) {
            return;
        }
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // not supported for directories here: the rename is as durable as the file system makes it
        }
    }
}
