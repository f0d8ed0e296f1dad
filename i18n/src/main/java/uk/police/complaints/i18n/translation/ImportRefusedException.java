package uk.police.complaints.i18n.translation;

/** An XLIFF file that cannot be imported; nothing has been written. The message says which strings and why. */
public final class ImportRefusedException extends RuntimeException {

    public ImportRefusedException(String message) {
        super(message);
    }
}
