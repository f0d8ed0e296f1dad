package uk.police.complaints.portal.journey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.FormFieldPart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import uk.police.complaints.portal.upload.UploadChecks;
import uk.police.complaints.portal.upload.UploadResult;
import uk.police.complaints.portal.upload.Uploads;

/**
 * Reads a page of file questions, posted as multipart: each new file is checked and kept (or refused, with the
 * reason beside the question), and a "Remove" button takes one file off the list. Works the same without
 * JavaScript: the page is an ordinary form.
 */
@Component
class FileQuestionForms {

    static final String REMOVE = "remove";

    private final UploadChecks checks;
    private final Uploads uploads;

    FileQuestionForms(UploadChecks checks, Uploads uploads) {
        this.checks = checks;
        this.uploads = uploads;
    }

    /**
     * What the page posted: the file answers now, any refusals, whether the person removed a file (and so stays
     * on the page to see the list), and whether they asked to save and come back later.
     */
    record Posted(Map<String, List<String>> answers, List<FieldError> errors, boolean removed, boolean saving) {
    }

    Mono<Posted> read(JourneyPage page, Answers answers, ServerWebExchange exchange) {
        return exchange.getMultipartData().flatMap(parts -> {
            Optional<String> removing = field(parts, REMOVE);
            Map<String, List<String>> posted = new LinkedHashMap<>();
            List<FieldError> errors = new ArrayList<>();
            return Flux.fromIterable(page.questions())
                    .filter(question -> question.type() == QuestionType.FILE)
                    .concatMap(question -> files(question, answers, parts, removing)
                            .doOnNext(outcome -> {
                                posted.put(question.name(), outcome.files());
                                outcome.error().ifPresent(errors::add);
                            }))
                    .then(Mono.fromSupplier(() -> new Posted(posted, errors, removing.isPresent(),
                            field(parts, JourneyActions.FIELD).filter(JourneyActions.SAVE::equals).isPresent())));
        });
    }

    private record QuestionOutcome(List<String> files, Optional<FieldError> error) {
    }

    private Mono<QuestionOutcome> files(Question question, Answers answers, MultiValueMap<String, Part> parts,
            Optional<String> removing) {
        List<String> files = new ArrayList<>(answers.all(question.name()));
        Optional<String> removed = removing.flatMap(id -> files.stream()
                .filter(file -> FileAnswer.parse(file).uploadId().equals(id)).findFirst());
        if (removed.isPresent()) {
            files.remove(removed.get());
            return uploads.delete(FileAnswer.parse(removed.get()).uploadId())
                    .thenReturn(new QuestionOutcome(files, Optional.empty()));
        }
        List<FilePart> chosen = parts.getOrDefault(question.name(), List.of()).stream()
                .filter(FilePart.class::isInstance).map(FilePart.class::cast)
                .filter(part -> !part.filename().isBlank())
                .toList();
        if (files.size() + chosen.size() > checks.mostFiles()) {
            return Mono.just(new QuestionOutcome(files, Optional.of(error(question, "journey.error.file.too-many",
                    List.of(checks.mostFiles())))));
        }
        return Flux.fromIterable(chosen)
                .concatMap(part -> content(part).flatMap(content -> checks.take(part.filename(), content))
                        .onErrorResume(DataBufferLimitException.class, tooBig -> checks.tooBig()))
                .collectList()
                .map(results -> {
                    Optional<FieldError> error = Optional.empty();
                    for (UploadResult result : results) {
                        if (result instanceof UploadResult.Kept kept) {
                            files.add(new FileAnswer(kept.upload().id(), kept.upload().fileName()).asAnswer());
                        } else if (result instanceof UploadResult.Refused refused && error.isEmpty()) {
                            error = Optional.of(error(question, refused.messageKey(), refused.arguments()));
                        }
                    }
                    return new QuestionOutcome(files, error);
                });
    }

    /** The file's bytes, reading no more than one byte past the largest file taken. */
    private Mono<byte[]> content(FilePart part) {
        return DataBufferUtils.join(part.content(), checks.largestFileBytes() + 1)
                .map(buffer -> {
                    byte[] bytes = new byte[buffer.readableByteCount()];
                    buffer.read(bytes);
                    DataBufferUtils.release(buffer);
                    return bytes;
                })
                .defaultIfEmpty(new byte[0]);
    }

    private static Optional<String> field(MultiValueMap<String, Part> parts, String name) {
        return parts.getOrDefault(name, List.of()).stream()
                .filter(FormFieldPart.class::isInstance).map(part -> ((FormFieldPart) part).value())
                .findFirst();
    }

    private static FieldError error(Question question, String messageKey, List<Object> arguments) {
        return new FieldError(question.name(), question.name(), messageKey, arguments);
    }
}
