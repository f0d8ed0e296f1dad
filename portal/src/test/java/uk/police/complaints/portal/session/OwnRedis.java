package uk.police.complaints.portal.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A redis-server of a test's own, on a port of its own, set as the README's production guidance says: every write
 * appended to a file and synced before it is acknowledged, so a killed and restarted server still has every
 * session. A test kills it (as a crash would) and starts it again over the same files.
 */
public final class OwnRedis implements AutoCloseable {

    private static final Path SERVER = Path.of("/usr/bin/redis-server");
    /**
     * Its files live in memory where the machine allows: the test kills the process, not the machine, and what
     * Redis has written survives a killed process either way, while an fsync to this machine's busy disk could
     * stall a command past the portal's timeout and fail a page the test expects to open.
     */
    private static final Path MEMORY = Path.of("/dev/shm");

    private final Path directory;
    private final int port;
    private Process process;

    private OwnRedis(Path directory, int port) {
        this.directory = directory;
        this.port = port;
    }

    /** Started, on a free port; without redis-server, a test aborts, or fails under CI. */
    public static OwnRedis start() {
        if (!Files.isExecutable(SERVER)) {
            String why = SERVER + " is needed to start a Redis of the test's own";
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(why);
            }
            Assumptions.abort(why);
        }
        try {
            OwnRedis redis = new OwnRedis(Files.createTempDirectory(MEMORY.toFile().isDirectory() ? MEMORY
                    : Path.of(System.getProperty("java.io.tmpdir")), "portal-redis-"), freePort());
            redis.startAgain();
            return redis;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    /** Starts the server over the files it left, and waits until it answers. */
    public void startAgain() {
        try {
            process = new ProcessBuilder(List.of(SERVER.toString(), "--port", Integer.toString(port),
                    "--bind", "127.0.0.1", "--dir", directory.toString(), "--appendonly", "yes",
                    "--appendfsync", "always", "--save", "", "--daemonize", "no", "--protected-mode", "yes"))
                    .redirectErrorStream(true).redirectOutput(directory.resolve("redis.log").toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
        while (!answers()) {
            if (Instant.now().isAfter(giveUp) || !process.isAlive()) {
                throw new IllegalStateException("redis-server did not start on port " + port + ": see "
                        + directory.resolve("redis.log"));
            }
            pause();
        }
    }

    /** Kills the server as a crash would: no chance to write anything more. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            kill();
        }
        try (var files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean answers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            socket.getOutputStream().write("PING\r\n".getBytes());
            byte[] reply = new byte[7];
            return socket.getInputStream().read(reply) > 0 && new String(reply).startsWith("+PONG");
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
