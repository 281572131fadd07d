package io.lucent.platform.metadata;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

/**
 * Remembers which exact changelog content a schema was last migrated with, so a start-up against an
 * up-to-date database skips Liquibase's own (slow) initialisation. Any change to a changelog file changes the
 * fingerprint and Liquibase runs as usual.
 */
final class ChangelogFingerprint {

    private static final String TABLE = "lucent_changelog_fingerprint";

    private ChangelogFingerprint() {
    }

    /** A digest of the master changelog and every file of its {@code includeAll} directory. */
    static String of(String changelogResource, String includeDirectory) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(ChangelogFiles.read(changelogResource));
            for (String file : ChangelogFiles.list(includeDirectory)) {
                digest.update(file.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update(ChangelogFiles.read(file));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean isApplied(Connection connection, String schema, String changelog, String fingerprint) throws SQLException {
        ensureTable(connection, schema);
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT fingerprint FROM " + table(schema) + " WHERE changelog = ?")) {
            query.setString(1, changelog);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() && fingerprint.equals(rows.getString(1));
            }
        }
    }

    static void record(Connection connection, String schema, String changelog, String fingerprint) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table(schema) + " WHERE changelog = ?");
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO " + table(schema) + " (changelog, fingerprint) VALUES (?, ?)")) {
            delete.setString(1, changelog);
            delete.executeUpdate();
            insert.setString(1, changelog);
            insert.setString(2, fingerprint);
            insert.executeUpdate();
        }
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }

    private static void ensureTable(Connection connection, String schema) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS " + table(schema)
                    + " (changelog VARCHAR(200) PRIMARY KEY, fingerprint VARCHAR(64) NOT NULL)");
        }
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }

    private static String table(String schema) {
        return schema == null ? TABLE : SqlIdentifiers.quote(schema) + "." + TABLE;
    }
}
