package uk.police.complaints.portal.web;

import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webflux.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;

/**
 * Error pages are rendered outside any controller, so they get the layout's model here, plus which kind of
 * error it was, so the one error template can say what a person should do next in their own language.
 */
@Component
class ErrorPageAttributes extends DefaultErrorAttributes {

    private final LayoutAttributes layout;

    ErrorPageAttributes(LayoutAttributes layout) {
        this.layout = layout;
    }

    @Override
    public Map<String, Object> getErrorAttributes(ServerRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        attributes.putAll(layout.of(request.exchange()));
        attributes.put("errorKind", kindOf((Integer) attributes.get("status")));
        return attributes;
    }

    static String kindOf(int status) {
        if (status == 404) {
            return "not-found";
        }
        if (status == 403) {
            return "forbidden";
        }
        return status < 500 ? "client" : "server";
    }
}
