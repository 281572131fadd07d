package io.lucent.plugins.connector.excel;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * POI's zip-bomb protection, tightened: an entry must not inflate more than 50 times its compressed size
 * (POI's default allows 100 times), no entry may exceed 1 GiB uncompressed, and no text run 100 MiB. POI keeps
 * these as process-wide settings; the values are constants, so setting them again is harmless.
 */
final class ZipLimits {

    static final double MIN_INFLATE_RATIO = 0.02;
    static final long MAX_ENTRY_SIZE = 1L << 30;
    static final long MAX_TEXT_SIZE = 100L << 20;

    private ZipLimits() {
    }

    static void apply() {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
        ZipSecureFile.setMaxTextSize(MAX_TEXT_SIZE);
    }
}
