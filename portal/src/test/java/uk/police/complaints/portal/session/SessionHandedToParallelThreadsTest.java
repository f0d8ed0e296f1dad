package uk.police.complaints.portal.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.session.InMemoryWebSessionStore;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

class SessionHandedToParallelThreadsTest {

    @Test
    void whatARequestDoesWithItsSessionRunsOnAParallelThreadNotOnTheThreadTheStoreAnsweredOn() {
        Scheduler storeThread = Schedulers.newSingle("session-store-io");
        try {
            // A store answering on a thread of its own, as Lettuce answers on its connection's I/O thread.
            MockServerWebExchange exchange = MockServerWebExchange.builder(MockServerHttpRequest.get("/complaint/force"))
                    .session(new InMemoryWebSessionStore().createWebSession().block())
                    .build();
            AtomicReference<String> ranOn = new AtomicReference<>();
            new SessionHandedToParallelThreads().filter(exchange, handed -> handed.getSession()
                    .subscribeOn(storeThread)
                    .doOnNext(session -> ranOn.set(Thread.currentThread().getName()))
                    .then()).block();
            assertThat(ranOn.get()).startsWith("parallel-");
        } finally {
            storeThread.dispose();
        }
    }
}
