package uk.police.complaints.portal.upload;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Assumptions;

/**
 * ClamAV's daemon for tests, from Debian's {@code clamav-daemon}, with a signature database the test writes: the
 * EICAR test string as a body signature only (no signature download is possible here). Without clamd, a test is skipped on a
 * developer's machine and fails under {@code CI=true}.
 */
public final class Clamd implements AutoCloseable {

    private static final String CLAMD = System.getenv().getOrDefault("CLAMD", "/usr/sbin/clamd");

    private final Process process;
    private final int port;

    private Clamd(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static Clamd start() {
        if (!Files.isExecutable(Path.of(CLAMD))) {
            String why = CLAMD + " is missing: install Debian's clamav-daemon (.ci/run does)";
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(why);
            }
            Assumptions.abort(why);
        }
        try {
            Path folder = Files.createTempDirectory("clamd");
            Path database = Files.createDirectories(folder.resolve("db"));
            // A body signature, so the test string is found anywhere in a file, such as inside a PDF.
            Files.writeString(database.resolve("test.ndb"), "Eicar-Test-Signature:0:*:"
                    + HexFormat.of().formatHex(TestFiles.EICAR) + "\n");
            int port = freePort();
            Path config = folder.resolve("clamd.conf");
            Files.writeString(config, String.join("\n", "DatabaseDirectory " + database, "TCPSocket " + port,
                    "TCPAddr 127.0.0.1", "Foreground yes", "TemporaryDirectory " + folder,
                    "LogFile " + folder.resolve("clamd.log"), "User " + System.getProperty("user.name"), ""));
            Process process = new ProcessBuilder(CLAMD, "-c", config.toString()).redirectErrorStream(true)
                    .redirectOutput(folder.resolve("out.log").toFile()).start();
            Clamd clamd = new Clamd(process, port);
            clamd.waitUntilListening();
            return clamd;
        } catch (IOException e) {
            throw new IllegalStateException("clamd did not start", e);
        }
    }

    public int port() {
        return port;
    }

    private void waitUntilListening() throws IOException {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(giveUp)) {
            if (!process.isAlive()) {
                throw new IOException("clamd stopped while starting");
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                sleep();
            }
        }
        throw new IOException("clamd did not listen within a minute");
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroy();
    }
}
