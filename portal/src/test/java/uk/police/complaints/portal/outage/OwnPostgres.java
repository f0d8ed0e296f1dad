package uk.police.complaints.portal.outage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL cluster of a test's own, made with initdb in a temporary directory and run with pg_ctl on a port of
 * its own, so a test can stop it as a crash would (immediate shutdown) and start it again. As root (CI), the server
 * runs as the postgres user, as PostgreSQL requires. Without PostgreSQL's programs a test aborts, or fails under CI.
 */
final class OwnPostgres implements AutoCloseable {

    private static final Path PROGRAMS = programs();

    private final Path directory;
    private final int port;

    private OwnPostgres(Path directory, int port) {
        this.directory = directory;
        this.port = port;
    }

    static OwnPostgres start() {
        if (PROGRAMS == null) {
            String why = "PostgreSQL's initdb and pg_ctl are needed (Debian's postgresql package)";
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(why);
            }
            Assumptions.abort(why);
        }
        try {
            Path directory = Files.createTempDirectory("portal-postgres-");
            if (asRoot()) {
                run(List.of("chown", "postgres:postgres", directory.toString()));
            }
            OwnPostgres postgres = new OwnPostgres(directory, freePort());
            run(postgres.asServerUser(PROGRAMS.resolve("initdb").toString(), "-D", postgres.data(), "-U", "postgres",
                    "--auth=trust", "-E", "UTF8", "--locale=C"));
            postgres.startAgain();
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Command-line arguments that point a portal instance at this cluster's postgres database. */
    List<String> arguments() {
        String server = "127.0.0.1:" + port + "/postgres";
        return List.of("--spring.r2dbc.url=r2dbc:postgresql://" + server, "--spring.r2dbc.username=postgres",
                "--spring.r2dbc.password=", "--spring.flyway.url=jdbc:postgresql://" + server,
                "--spring.flyway.user=postgres", "--spring.flyway.password=");
    }

    void startAgain() {
        run(asServerUser(PROGRAMS.resolve("pg_ctl").toString(), "-D", data(), "-l",
                directory.resolve("server.log").toString(), "-w", "-t", "60", "-o",
                "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=" + directory, "start"));
    }

    /** Stops the server as a crash would: connections cut, nothing flushed beyond what was committed. */
    void stopAbruptly() {
        run(asServerUser(PROGRAMS.resolve("pg_ctl").toString(), "-D", data(), "-m", "immediate", "-w", "stop"));
    }

    @Override
    public void close() {
        if (Files.exists(Path.of(data(), "postmaster.pid"))) {
            run(asServerUser(PROGRAMS.resolve("pg_ctl").toString(), "-D", data(), "-m", "fast", "-w", "stop"));
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String data() {
        return directory.resolve("data").toString();
    }

    private List<String> asServerUser(String... command) {
        List<String> all = new ArrayList<>();
        if (asRoot()) {
            all.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        all.addAll(List.of(command));
        return all;
    }

    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The newest installed version's programs, if any. */
    private static Path programs() {
        Path versions = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(versions)) {
            return null;
        }
        try (Stream<Path> installed = Files.list(versions)) {
            return installed.map(version -> version.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl")))
                    .max(Comparator.comparing(bin -> Integer.parseInt(bin.getParent().getFileName().toString())))
                    .orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
