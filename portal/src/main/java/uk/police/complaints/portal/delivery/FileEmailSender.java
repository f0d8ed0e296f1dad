package uk.police.complaints.portal.delivery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The embedded default: each e-mail is written as a text file, {@code <folder>/<idempotency key>.txt}, to read
 * instead of sending, renamed into place whole.
 */
class FileEmailSender implements EmailSender {

    private final Path folder;

    FileEmailSender(Path folder) {
        this.folder = folder;
    }

    @Override
    public Mono<DeliveryOutcome> send(Delivery delivery, Email email) {
        return Mono.fromCallable(() -> write(delivery, email)).subscribeOn(Schedulers.boundedElastic());
    }

    private DeliveryOutcome write(Delivery delivery, Email email) throws IOException {
        if (!delivery.idempotencyKey().matches("[A-Za-z0-9-]{1,60}")) {
            return new DeliveryOutcome.Refused("not a safe file name");
        }
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, ".writing-", ".tmp");
        try {
            Files.writeString(temporary, "To: " + email.to() + "\nContent-Language: " + email.language()
                    + "\nSubject: " + email.subject() + "\n\n" + email.body() + "\n", StandardCharsets.UTF_8);
            Files.move(temporary, folder.resolve(delivery.idempotencyKey() + ".txt"), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return new DeliveryOutcome.Delivered("written");
    }
}
