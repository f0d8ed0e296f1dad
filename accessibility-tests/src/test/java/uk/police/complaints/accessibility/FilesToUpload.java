package uk.police.complaints.accessibility;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files on disk for the browser to upload, as a person picks them: a small PDF, and a file no journey takes. */
final class FilesToUpload {

    private FilesToUpload() {
    }

    static Path letter() {
        return write("llythyr-canlyniad-", ".pdf",
                "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
    }

    static Path notAllowed() {
        return write("notes-", ".txt", "Not a document any journey takes.");
    }

    private static Path write(String prefix, String suffix, String content) {
        try {
            Path file = Files.createTempFile(prefix, suffix);
            Files.writeString(file, content, StandardCharsets.US_ASCII);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
