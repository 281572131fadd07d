package io.lucent.plugin.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Builds small plugin zips for the test kit's own tests: compiles Java sources with the JDK compiler (PF4J's
 * annotation processor on the class path writes the extensions index) and packs them as a PF4J zip.
 */
final class TestPluginBuilder {

    private final Path workDirectory;
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final Map<String, String> properties = new LinkedHashMap<>();
    private final Map<String, byte[]> libraries = new LinkedHashMap<>();
    private final List<Path> libraryClassDirectories = new ArrayList<>();
    private boolean annotationProcessing = true;

    TestPluginBuilder(Path workDirectory, String pluginId) {
        this.workDirectory = workDirectory;
        properties.put("plugin.id", pluginId);
        properties.put("plugin.version", "1.0.0");
        properties.put("plugin.requires", ">=1.0.0 & <2.0.0");
        properties.put("plugin.provider", "Test kit tests");
    }

    TestPluginBuilder source(String className, String code) {
        sources.put(className, code);
        return this;
    }

    TestPluginBuilder property(String name, String value) {
        properties.put(name, value);
        return this;
    }

    TestPluginBuilder withoutProperty(String name) {
        properties.remove(name);
        return this;
    }

    TestPluginBuilder library(String jarName, Map<String, byte[]> entries) {
        libraries.put(jarName, zipBytes(entries));
        return this;
    }

    /** Compiles sources into a library jar for lib/; the plugin's own sources compile against it. */
    TestPluginBuilder libraryFromSources(String jarName, Map<String, String> librarySources) {
        try {
            String base = jarName.replace(".jar", "");
            Path sourceDirectory = Files.createDirectories(workDirectory.resolve(base + "-lib-src"));
            Path classes = Files.createDirectories(workDirectory.resolve(base + "-lib-classes"));
            compile(librarySources, sourceDirectory, classes, List.of("-proc:none"));
            Map<String, byte[]> entries = new LinkedHashMap<>();
            try (Stream<Path> files = Files.walk(classes)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    entries.put(classes.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                }
            }
            libraryClassDirectories.add(classes);
            return library(jarName, entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    TestPluginBuilder withoutAnnotationProcessing() {
        annotationProcessing = false;
        return this;
    }

    Path build() {
        try {
            String pluginId = properties.getOrDefault("plugin.id", "unnamed");
            Path sourceDirectory = Files.createDirectories(workDirectory.resolve(pluginId + "-src"));
            Path classes = Files.createDirectories(workDirectory.resolve(pluginId + "-classes"));
            compile(sources, sourceDirectory, classes, annotationProcessing ? List.of() : List.of("-proc:none"));
            Map<String, byte[]> entries = new LinkedHashMap<>();
            if (!properties.isEmpty()) {
                StringBuilder text = new StringBuilder();
                properties.forEach((name, value) -> text.append(name).append('=').append(value).append('\n'));
                entries.put("plugin.properties", text.toString().getBytes(StandardCharsets.ISO_8859_1));
            }
            try (Stream<Path> files = Files.walk(classes)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    entries.put("classes/" + classes.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                }
            }
            libraries.forEach((name, bytes) -> entries.put("lib/" + name, bytes));
            Path zip = workDirectory.resolve(pluginId + "-1.0.0.zip");
            Files.write(zip, zipBytes(entries));
            return zip;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void compile(Map<String, String> toCompile, Path sourceDirectory, Path classes, List<String> options) throws IOException {
        StringBuilder classPath = new StringBuilder(System.getProperty("java.class.path"));
        for (Path library : libraryClassDirectories) {
            classPath.append(java.io.File.pathSeparator).append(library);
        }
        List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-classpath", classPath.toString(),
                "--release", "17", "-Xlint:none"));
        arguments.addAll(options);
        for (Map.Entry<String, String> source : toCompile.entrySet()) {
            Path file = sourceDirectory.resolve(source.getKey().replace('.', '/') + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            arguments.add(file.toString());
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = compiler.run(null, errors, errors, arguments.toArray(String[]::new));
        if (status != 0) {
            throw new IllegalStateException("test plugin sources do not compile:\n" + errors.toString(StandardCharsets.UTF_8));
        }
    }

    static byte[] zipBytes(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

}
