package uk.police.complaints.portal.web;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import uk.police.complaints.portal.upload.UploadProperties;

/**
 * Refuses a request too large to be a person's answers with 413, which the error page explains in the person's
 * language: a body larger than the most files a page takes (refused before it is read), an ordinary form larger
 * than the form reader holds in memory, or with more fields than any page has. A body that is not what a form
 * sends (a multipart body without its boundary, say) is a 400, not a server error.
 */
@Component
@Order(RequestBodyFilter.ORDER)
class RequestBodyFilter implements WebFilter {

    /** After the post limits, before security reads the CSRF token from the form. */
    static final int ORDER = -200;

    private final RequestLimits limits;
    private final long largestBody;

    RequestBodyFilter(RequestLimits limits, UploadProperties uploads) {
        this.limits = limits;
        this.largestBody = uploads.maxFiles() * uploads.maxFileSize().toBytes() + limits.uploadOverhead().toBytes();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (exchange.getRequest().getHeaders().getContentLength() > largestBody) {
            return tooLarge();
        }
        Mono<Void> filtered = isForm(exchange)
                ? exchange.getFormData()
                        // A form the reader cannot decode (an escape such as %zz) is the sender's mistake.
                        .onErrorMap(IllegalArgumentException.class, malformed -> malformed())
                        .flatMap(form -> form.values().stream().mapToInt(List::size).sum()
                                > limits.maxFormFields() ? tooLarge() : chain.filter(exchange))
                : chain.filter(exchange);
        return filtered.onErrorMap(DataBufferLimitException.class, tooLarge -> tooLargeError())
                .onErrorMap(DecodingException.class, malformed -> malformed());
    }

    private static boolean isForm(ServerWebExchange exchange) {
        return MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(exchange.getRequest().getHeaders().getContentType());
    }

    private static Mono<Void> tooLarge() {
        return Mono.error(tooLargeError());
    }

    private static ResponseStatusException malformed() {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }

    private static ResponseStatusException tooLargeError() {
        return new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE);
    }
}
