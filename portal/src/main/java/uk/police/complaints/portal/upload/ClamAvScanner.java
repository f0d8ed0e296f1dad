package uk.police.complaints.portal.upload;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * ClamAV's daemon over TCP, with its INSTREAM command: the file is streamed in chunks and clamd answers
 * {@code stream: OK} or {@code stream: <signature> FOUND}. Anything else, or no answer in time, is unavailable.
 */
class ClamAvScanner implements MalwareScanner {

    private static final Logger log = LoggerFactory.getLogger(ClamAvScanner.class);
    private static final int CHUNK = 64 * 1024;

    private final String host;
    private final int port;
    private final Duration timeout;

    ClamAvScanner(String host, int port, Duration timeout) {
        this.host = host;
        this.port = port;
        this.timeout = timeout;
    }

    @Override
    public Mono<ScanVerdict> scan(byte[] content) {
        return Mono.fromCallable(() -> instream(content)).subscribeOn(Schedulers.boundedElastic())
                .onErrorResume(IOException.class, e -> {
                    log.warn("ClamAV at {}:{} did not answer ({})", host, port, e.getClass().getSimpleName());
                    return Mono.just(ScanVerdict.UNAVAILABLE);
                });
    }

    private ScanVerdict instream(byte[] content) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
            for (int offset = 0; offset < content.length; offset += CHUNK) {
                int length = Math.min(CHUNK, content.length - offset);
                out.writeInt(length);
                out.write(content, offset, length);
            }
            out.writeInt(0);
            out.flush();
            String answer = readReply(socket.getInputStream());
            if (answer.endsWith("OK")) {
                return ScanVerdict.CLEAN;
            }
            if (answer.endsWith("FOUND")) {
                // The signature's name says what was found; it holds nothing of the person's.
                log.warn("ClamAV found {} in an uploaded file, which was refused", answer);
                return ScanVerdict.INFECTED;
            }
            log.warn("ClamAV answered {}", answer);
            return ScanVerdict.UNAVAILABLE;
        }
    }

    private static String readReply(InputStream in) throws IOException {
        StringBuilder reply = new StringBuilder();
        for (int b = in.read(); b > 0; b = in.read()) {
            reply.append((char) b);
        }
        return reply.toString().strip();
    }
}
