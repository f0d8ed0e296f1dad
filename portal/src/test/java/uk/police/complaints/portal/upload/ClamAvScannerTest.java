package uk.police.complaints.portal.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The ClamAV adapter against a real clamd on loopback. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClamAvScannerTest {

    private Clamd clamd;

    @BeforeAll
    void startClamd() {
        clamd = Clamd.start();
    }

    @AfterAll
    void stopClamd() {
        if (clamd != null) {
            clamd.close();
        }
    }

    @Test
    void anOrdinaryFileIsClean() {
        assertThat(scanner(clamd.port()).scan(TestFiles.pdf()).block()).isEqualTo(ScanVerdict.CLEAN);
    }

    @Test
    void malwareIsFoundOnItsOwnAndInsideADocument() {
        assertThat(scanner(clamd.port()).scan(TestFiles.EICAR).block()).isEqualTo(ScanVerdict.INFECTED);
        assertThat(scanner(clamd.port()).scan(TestFiles.pdfWithMalware()).block()).isEqualTo(ScanVerdict.INFECTED);
    }

    @Test
    void aFileLargerThanOneChunkIsStreamedWhole() {
        byte[] large = new byte[300_000];
        System.arraycopy(TestFiles.pdf(), 0, large, 0, TestFiles.pdf().length);
        assertThat(scanner(clamd.port()).scan(large).block()).isEqualTo(ScanVerdict.CLEAN);
    }

    @Test
    void aScannerThatIsNotThereIsUnavailableNotClean() {
        assertThat(scanner(1).scan(TestFiles.pdf()).block()).isEqualTo(ScanVerdict.UNAVAILABLE);
    }

    private static ClamAvScanner scanner(int port) {
        return new ClamAvScanner("127.0.0.1", port, Duration.ofSeconds(10));
    }
}
