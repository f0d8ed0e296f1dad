package uk.police.complaints.portal.delivery;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh database on the machine's PostgreSQL (127.0.0.1:5432, trust auth), made for one test class and dropped
 * after it. Without a server, a test is skipped on a developer's machine and fails under {@code CI=true}.
 */
final class PostgresDatabase implements AutoCloseable {

    private static final String SERVER = System.getenv().getOrDefault("PORTAL_TEST_POSTGRES", "127.0.0.1:5432");
    private static final String USER = System.getenv().getOrDefault("PORTAL_TEST_POSTGRES_USER", "postgres");

    private final String name;

    private PostgresDatabase(String name) {
        this.name = name;
    }

    static PostgresDatabase create() {
        String name = "portal_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = admin(); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            String why = "PostgreSQL is needed on " + SERVER + " (user " + USER + "): " + e.getMessage();
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(why, e);
            }
            Assumptions.abort(why);
        }
        return new PostgresDatabase(name);
    }

    /** Command-line arguments that point a portal instance at this database. */
    List<String> arguments() {
        return List.of("--spring.r2dbc.url=r2dbc:postgresql://" + SERVER + "/" + name,
                "--spring.r2dbc.username=" + USER, "--spring.r2dbc.password=",
                "--spring.flyway.url=jdbc:postgresql://" + SERVER + "/" + name,
                "--spring.flyway.user=" + USER, "--spring.flyway.password=");
    }

    /** A JDBC connection to this database, for a test to look or to put rows in as the portal would. */
    Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + SERVER + "/" + name, USER, "");
    }

    @Override
    public void close() throws SQLException {
        try (Connection admin = admin(); Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    private static Connection admin() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + SERVER + "/postgres", USER, "");
    }
}
