package uk.police.complaints.portal.web;

import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webflux.error.DefaultErrorAttributes;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import uk.police.complaints.portal.automation.AutomationLimits;

/**
 * Error pages are rendered outside any controller, so they get the layout's model here, plus which kind of
 * error it was, so the one error template can say what a person should do next in their own language.
 */
@Component
class ErrorPageAttributes extends DefaultErrorAttributes {

    private final LayoutAttributes layout;
    private final AutomationLimits automation;

    ErrorPageAttributes(LayoutAttributes layout, AutomationLimits automation) {
        this.layout = layout;
        this.automation = automation;
    }

    @Override
    public Map<String, Object> getErrorAttributes(ServerRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        attributes.putAll(layout.of(request.exchange()));
        attributes.put("errorKind", kindOf((Integer) attributes.get("status")));
        attributes.put("waitMinutes", automation.waitMinutes());
        // A refused post can be tried again from the page it came from, which shows what was kept.
        attributes.put("backHref", HttpMethod.POST.equals(request.method()) ? request.path() : null);
        // A page that could not be served for now is tried again at its own address (a post, from its page).
        attributes.put("againHref", request.path());
        return attributes;
    }

    static String kindOf(int status) {
        if (status == 404) {
            return "not-found";
        }
        if (status == 403) {
            return "forbidden";
        }
        if (status == 413) {
            return "too-large";
        }
        if (status == 429) {
            return "too-many";
        }
        if (status == 503) {
            return "unavailable";
        }
        return status < 500 ? "client" : "server";
    }
}
