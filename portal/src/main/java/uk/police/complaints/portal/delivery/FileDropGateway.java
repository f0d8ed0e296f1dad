package uk.police.complaints.portal.delivery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The embedded default: each message becomes {@code <folder>/<destination>/<idempotency key>.json}, written to a
 * temporary file and renamed into place, so a reader never sees half a file and a repeat overwrites it whole.
 */
class FileDropGateway implements BackOfficeGateway {

    private final Path folder;

    FileDropGateway(Path folder) {
        this.folder = folder;
    }

    @Override
    public Mono<DeliveryOutcome> send(Delivery delivery) {
        return Mono.fromCallable(() -> write(delivery)).subscribeOn(Schedulers.boundedElastic());
    }

    private DeliveryOutcome write(Delivery delivery) throws IOException {
        Path destination = folder.resolve(safe(delivery.destination()));
        Files.createDirectories(destination);
        Path temporary = Files.createTempFile(destination, ".incoming-", ".tmp");
        try {
            Files.writeString(temporary, delivery.body(), StandardCharsets.UTF_8);
            Files.move(temporary, destination.resolve(safe(delivery.idempotencyKey()) + ".json"),
                    StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return new DeliveryOutcome.Delivered("written");
    }

    /** Destinations and keys are codes the portal made, but a file name is no place to find out otherwise. */
    private static String safe(String name) {
        if (!name.matches("[A-Za-z0-9-]{1,60}")) {
            throw new IllegalArgumentException("not a safe file name: " + name.length() + " characters");
        }
        return name;
    }
}
