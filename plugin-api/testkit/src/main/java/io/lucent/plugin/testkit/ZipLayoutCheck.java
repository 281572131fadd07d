package io.lucent.plugin.testkit;

import io.lucent.plugin.api.PluginApiVersion;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.pf4j.DefaultVersionManager;
import org.pf4j.VersionManager;

/** Reads a plugin zip and lists what is wrong with its layout and manifest. Confined to one call. */
final class ZipLayoutCheck {

    static final String EXTENSIONS_INDEX = "classes/META-INF/extensions.idx";
    private static final Pattern PLUGIN_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern EXACT_VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+");
    private static final List<String> SHARED_PATHS = List.of("io/lucent/plugin/api/", "org/pf4j/");

    private final Path zip;
    private final VersionManager versions = new DefaultVersionManager();
    private final List<String> problems = new ArrayList<>();

    ZipLayoutCheck(Path zip) {
        this.zip = zip;
    }

    /** Inspects the zip; returns the manifest, or throws a failure listing every problem. */
    PluginManifest run() {
        PluginManifest manifest = null;
        try (ZipFile file = new ZipFile(zip.toFile())) {
            manifest = readManifest(file);
            checkExtensionsIndex(file);
            for (ZipEntry entry : Collections.list(file.entries())) {
                checkEntry(file, entry);
            }
        } catch (IOException e) {
            throw new PluginCheckFailure(zip.toString(), "it cannot be read as a zip file: " + e.getMessage(), e);
        }
        if (!problems.isEmpty()) {
            throw new PluginCheckFailure("Plugin zip " + zip, problems);
        }
        return manifest;
    }

    private PluginManifest readManifest(ZipFile file) throws IOException {
        ZipEntry entry = file.getEntry("plugin.properties");
        if (entry == null) {
            problems.add("it has no plugin.properties at its root");
            return null;
        }
        Properties properties = new Properties();
        try (InputStream in = file.getInputStream(entry)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        PluginManifest manifest = new PluginManifest(properties.getProperty("plugin.id"),
                properties.getProperty("plugin.version"), properties.getProperty("plugin.requires"),
                properties.getProperty("plugin.class"), properties.getProperty("plugin.provider"),
                properties.getProperty("plugin.license"), properties.getProperty("plugin.dependencies"));
        if (!PLUGIN_ID.matcher(manifest.id()).matches()) {
            problems.add("plugin.id '" + manifest.id() + "' must be 1 to 64 letters, digits, dots, dashes or underscores");
        }
        checkVersion(manifest.version());
        checkRequires(manifest.requires());
        if (!manifest.dependencies().isEmpty()) {
            problems.add("plugin.dependencies is '" + manifest.dependencies()
                    + "': Lucent plugins stand alone; bundle shared code in lib/ instead");
        }
        return manifest;
    }

    private void checkVersion(String version) {
        try {
            versions.compareVersions(version, "0.0.0");
        } catch (RuntimeException e) {
            problems.add("plugin.version '" + version + "' is not a semantic version such as 1.2.0");
        }
    }

    private void checkRequires(String requires) {
        if (requires.isEmpty()) {
            problems.add("plugin.requires is missing: declare the plugin API range you need, for example '>=1.0.0 & <2.0.0'");
            return;
        }
        // PF4J reads an exact version as a lower bound.
        String constraint = EXACT_VERSION.matcher(requires).matches() ? ">=" + requires : requires;
        String api = PluginApiVersion.current();
        String nextMajor = (Integer.parseInt(api.substring(0, api.indexOf('.'))) + 1) + ".0.0";
        try {
            if (!versions.checkVersionConstraint(api, constraint)) {
                problems.add("plugin.requires '" + requires + "' excludes the plugin API version " + api
                        + " this test kit belongs to");
            }
            if (versions.checkVersionConstraint(nextMajor, constraint)) {
                problems.add("plugin.requires '" + requires + "' admits the next major API version " + nextMajor
                        + ", which may break the plugin: add an upper bound such as '<" + nextMajor + "'");
            }
        } catch (RuntimeException e) {
            problems.add("plugin.requires '" + requires + "' is not a version range such as '>=1.0.0 & <2.0.0': "
                    + e.getMessage());
        }
    }

    private void checkExtensionsIndex(ZipFile file) throws IOException {
        ZipEntry index = file.getEntry(EXTENSIONS_INDEX);
        if (index == null) {
            problems.add("it has no " + EXTENSIONS_INDEX + ": annotate extensions with @org.pf4j.Extension and let"
                    + " PF4J's annotation processor run at compile time");
            return;
        }
        List<String> classNames = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(file.getInputStream(index), StandardCharsets.UTF_8))) {
            reader.lines().map(String::trim).filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(classNames::add);
        }
        if (classNames.isEmpty()) {
            problems.add(EXTENSIONS_INDEX + " lists no extension");
        }
        for (String className : classNames) {
            if (file.getEntry("classes/" + className.replace('.', '/') + ".class") == null) {
                problems.add("the extensions index names " + className + ", which is not under classes/");
            }
        }
    }

    private void checkEntry(ZipFile file, ZipEntry entry) throws IOException {
        String name = entry.getName();
        if (name.startsWith("classes/") && isSharedClass(name.substring("classes/".length()))) {
            problems.add("classes/ contains " + name.substring("classes/".length())
                    + ": the plugin API and PF4J come from the host, never from the plugin");
            return;
        }
        if (!name.startsWith("lib/") || !name.endsWith(".jar")) {
            return;
        }
        String jarName = name.substring(name.lastIndexOf('/') + 1);
        if (jarName.startsWith("lucent-plugin-api") || jarName.matches("pf4j-\\d.*")) {
            problems.add("lib/ contains " + jarName + ": declare lucent-plugin-api and pf4j with scope provided");
            return;
        }
        try (ZipInputStream jar = new ZipInputStream(file.getInputStream(entry))) {
            for (ZipEntry inner = jar.getNextEntry(); inner != null; inner = jar.getNextEntry()) {
                if (isSharedClass(inner.getName())) {
                    problems.add("lib/" + jarName + " contains " + inner.getName()
                            + ": the plugin API and PF4J come from the host, never from the plugin");
                    return;
                }
            }
        }
    }

    private static boolean isSharedClass(String path) {
        return path.endsWith(".class") && SHARED_PATHS.stream().anyMatch(path::startsWith);
    }
}
