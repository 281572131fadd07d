package io.lucent.platform.datasets.ingest;

import io.lucent.platform.errors.LucentException;
import java.util.Locale;
import java.util.Optional;

/** Checks uploaded file names: a plain name only, never a path, so nothing can be steered outside the staging area. */
public final class FileNames {

    private static final int MAX_LENGTH = 255;

    private FileNames() {
    }

    /** The name if it is a plain file name; a 400 naming the problem otherwise. */
    public static String requirePlain(String name) {
        if (name == null || name.isBlank()) {
            throw LucentException.invalid("The upload has no file name: send the file as the form field 'file' with a filename");
        }
        if (name.length() > MAX_LENGTH) {
            throw LucentException.invalid("The file name is longer than " + MAX_LENGTH + " characters");
        }
        if (name.contains("/") || name.contains("\\") || name.equals(".") || name.equals("..") || name.startsWith("..")) {
            throw LucentException.invalid("The file name must be a plain name, not a path: '" + printable(name) + "'");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isISOControl(c)) {
                throw LucentException.invalid("The file name contains a control character");
            }
        }
        return name;
    }

    /** The lower-case extension without the dot, if the name has one. */
    public static Optional<String> extension(String name) {
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || dot == name.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** The name without its extension, as a default dataset name. */
    public static String baseName(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }

    /** The text with control characters shown as '?', cut to 80 characters, for error messages. */
    static String printable(String name) {
        StringBuilder out = new StringBuilder();
        for (char c : name.toCharArray()) {
            out.append(Character.isISOControl(c) ? '?' : c);
        }
        return out.length() > 80 ? out.substring(0, 77) + "..." : out.toString();
    }
}
