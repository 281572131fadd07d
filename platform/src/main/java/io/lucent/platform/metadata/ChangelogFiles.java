package io.lucent.platform.metadata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Lists the changelog files of an {@code includeAll} directory on the class path (a folder or a jar). */
final class ChangelogFiles {

    private ChangelogFiles() {
    }

    /** The resource names below {@code directory} (e.g. {@code db/changelog/tenant/}), sorted. */
    static List<String> list(String directory) {
        List<String> names = new ArrayList<>();
        try {
            Enumeration<URL> roots = ChangelogFiles.class.getClassLoader().getResources(directory);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                if (root.getProtocol().equals("jar")) {
                    JarURLConnection connection = (JarURLConnection) root.openConnection();
                    connection.setUseCaches(false);
                    try (JarFile jar = connection.getJarFile()) {
                        Enumeration<JarEntry> entries = jar.entries();
                        while (entries.hasMoreElements()) {
                            String name = entries.nextElement().getName();
                            if (name.startsWith(directory) && !name.endsWith("/")) {
                                names.add(name);
                            }
                        }
                    }
                } else {
                    Path folder = Path.of(root.toURI());
                    try (Stream<Path> files = Files.list(folder)) {
                        files.filter(Files::isRegularFile).forEach(f -> names.add(directory + f.getFileName()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        names.sort(String::compareTo);
        return names;
    }

    static byte[] read(String resource) {
        try (InputStream in = ChangelogFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("changelog " + resource + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
