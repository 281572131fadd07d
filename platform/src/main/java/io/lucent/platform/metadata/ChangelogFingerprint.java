package io.lucent.platform.metadata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

    static String of(String changelogResource) {
        try (InputStream in = ChangelogFingerprint.class.getClassLoader().getResourceAsStream(changelogResource)) {
            if (in == null) {
                throw new IllegalStateException("changelog " + changelogResource + " is missing");
            }
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
