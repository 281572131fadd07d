package io.lucent.platform.datasets.ingest;

import java.util.Locale;

/** Byte counts for people. */
public final class ByteSizes {

    private ByteSizes() {
    }

    /** E.g. {@code 512 MiB}, {@code 1.5 GiB}, {@code 900 bytes}. */
    public static String describe(long bytes) {
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%d %s", (long) value, units[unit])
                : String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
