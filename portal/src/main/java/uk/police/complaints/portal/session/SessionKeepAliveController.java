package uk.police.complaints.portal.session;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;

/**
 * What the timeout warning calls when a person asks for more time. Opening the session is what extends it (each
 * store notes the time a session is used); the answer says whether there was still a session to extend.
 */
@RestController
class SessionKeepAliveController {

    static final String PATH = "/session/keep-alive";

    @GetMapping(PATH)
    Mono<ResponseEntity<Void>> keepAlive(WebSession session) {
        HttpStatus status = session.isStarted() ? HttpStatus.NO_CONTENT : HttpStatus.GONE;
        return Mono.just(ResponseEntity.status(status).cacheControl(CacheControl.noStore()).build());
    }
}
