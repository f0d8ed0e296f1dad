package uk.police.complaints.portal.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileDropGatewayTest {

    @TempDir
    Path folder;

    @Test
    void eachMessageBecomesOneWholeFileNamedByItsKeyInItsDestinationsFolder() throws IOException {
        Delivery delivery = new Delivery("entry-1", "ABCD-EFGH-J", "complaint", "gwent-police", "{\"w\":\"ŵ ŷ\"}", 1);
        assertThat(new FileDropGateway(folder).send(delivery).block()).isInstanceOf(DeliveryOutcome.Delivered.class);
        assertThat(Files.readString(folder.resolve("gwent-police/ABCD-EFGH-J.json"))).isEqualTo("{\"w\":\"ŵ ŷ\"}");
    }

    @Test
    void sendingAgainReplacesTheFileAndLeavesNoTemporaryFiles() throws IOException {
        FileDropGateway gateway = new FileDropGateway(folder);
        gateway.send(new Delivery("entry-1", "ABCD-EFGH-J", "complaint", "iopc", "{\"n\":1}", 1)).block();
        gateway.send(new Delivery("entry-1", "ABCD-EFGH-J", "complaint", "iopc", "{\"n\":1}", 2)).block();
        try (Stream<Path> files = Files.list(folder.resolve("iopc"))) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly("ABCD-EFGH-J.json");
        }
    }
}
