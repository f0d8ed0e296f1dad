package uk.police.complaints.portal.delivery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import uk.police.complaints.portal.copy.PdfCopies;

/**
 * The embedded default: each e-mail is written as a text file, {@code <folder>/<idempotency key>.txt}, to read
 * instead of sending, with the copy of the answers beside it as {@code <idempotency key>.pdf} where Notify would
 * link to it; each renamed into place whole, the PDF first.
 */
class FileEmailSender implements EmailSender {

    private final Path folder;
    private final PdfCopies pdfs;

    FileEmailSender(Path folder, PdfCopies pdfs) {
        this.folder = folder;
        this.pdfs = pdfs;
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
        String text = "To: " + email.to() + "\nContent-Language: " + email.language() + "\nSubject: " + email.subject()
                + "\n\n" + email.body() + "\n";
        if (email.copy() != null) {
            Path pdf = folder.resolve(delivery.idempotencyKey() + ".pdf");
            writeWhole(pdf, pdfs.pdf(email.copy()));
            text += "\n" + pdfs.fileName(email.copy()) + ": " + pdf.getFileName() + "\n";
        }
        writeWhole(folder.resolve(delivery.idempotencyKey() + ".txt"), text.getBytes(StandardCharsets.UTF_8));
        return new DeliveryOutcome.Delivered("written");
    }

    private void writeWhole(Path file, byte[] content) throws IOException {
        Path temporary = Files.createTempFile(folder, ".writing-", ".tmp");
        try {
            Files.write(temporary, content);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
