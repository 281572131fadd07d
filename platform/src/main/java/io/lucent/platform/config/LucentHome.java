package io.lucent.platform.config;

import java.nio.file.Path;

/**
 * The installation directory: set by {@code bin/lucent} as system property {@code lucent.home}, else the
 * working directory. Relative paths in the config are resolved against it.
 */
public final class LucentHome {

    private LucentHome() {
    }

    /** The home directory. */
    public static Path path() {
        String home = System.getProperty("lucent.home");
        return Path.of(home == null || home.isBlank() ? "" : home).toAbsolutePath().normalize();
    }

    /** Expands a leading {@code ~} to the user's home directory. */
    public static Path expand(String path) {
        if (path.equals("~") || path.startsWith("~/")) {
            return Path.of(System.getProperty("user.home"), path.substring(1)).normalize();
        }
        return Path.of(path).toAbsolutePath().normalize();
    }

    /** Resolves a possibly relative path against the home directory. */
    public static Path resolve(String path) {
        if (path.startsWith("~")) {
            return expand(path);
        }
        Path candidate = Path.of(path);
        return (candidate.isAbsolute() ? candidate : path().resolve(candidate)).normalize();
    }
}
