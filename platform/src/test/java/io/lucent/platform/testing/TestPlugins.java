package io.lucent.platform.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds plugins directories for tests from the bundled plugins' built zips, plus deliberately broken ones. */
public final class TestPlugins {

    private TestPlugins() {
    }

    /** The directory Maven copied the bundled plugin zips to. */
    public static Path bundled() {
        String path = System.getProperty("lucent.test.plugins");
        if (path == null) {
            throw new IllegalStateException("run through Maven: system property lucent.test.plugins is not set");
        }
        return Path.of(path);
    }

    /** Copies the bundled plugin zips into {@code target}. */
    public static Path copyBundled(Path target) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> zips = Files.list(bundled())) {
            for (Path zip : zips.filter(p -> p.toString().endsWith(".zip")).toList()) {
                Files.copy(zip, target.resolve(zip.getFileName()));
            }
        }
        return target;
    }

    /** A file named like a plugin zip that is not a zip at all. */
    public static Path writeGarbageZip(Path directory, String name) throws IOException {
        return Files.write(directory.resolve(name), "this is not a zip archive".getBytes(StandardCharsets.UTF_8));
    }

    /** A well-formed plugin zip whose descriptor names a plugin class that does not exist. */
    public static Path writeZipWithMissingClass(Path directory, String pluginId) throws IOException {
        return writeZip(directory, pluginId, "plugin.id=" + pluginId + "\nplugin.version=1.0.0\nplugin.requires=>=1.0.0\n"
                + "plugin.class=com.example.DoesNotExist\nplugin.provider=Test\n");
    }

    /** A plugin zip that needs a plugin API this host does not provide. */
    public static Path writeZipRequiring(Path directory, String pluginId, String requires) throws IOException {
        return writeZip(directory, pluginId, "plugin.id=" + pluginId + "\nplugin.version=1.0.0\nplugin.requires=" + requires
                + "\nplugin.provider=Test\n");
    }

    private static Path writeZip(Path directory, String pluginId, String properties) throws IOException {
        Path zip = directory.resolve(pluginId + "-1.0.0.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zipOut = new ZipOutputStream(out)) {
            zipOut.putNextEntry(new ZipEntry("plugin.properties"));
            zipOut.write(properties.getBytes(StandardCharsets.UTF_8));
            zipOut.closeEntry();
            zipOut.putNextEntry(new ZipEntry("classes/"));
            zipOut.closeEntry();
        }
        return zip;
    }
}
