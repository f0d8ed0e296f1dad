package uk.police.complaints.accessibility;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The browsers of one test class, as a JUnit extension on a static field: each is started when first needed, given
 * to one test at a time, and all are closed after the class, which then writes the accessibility report with
 * everything the run has found so far.
 *
 * <p>Tests that run concurrently ({@code @Execution(CONCURRENT)}) each take a browser of their own from
 * {@link #use}; a class that asks for more browsers than it has waits for one to be given back.
 */
final class Browsers implements AfterAllCallback {

    /**
     * One browser for each core: axe-core and the layout it asks for keep a browser's page busy on one core, so
     * more browsers than cores only take turns. {@code -Daccessibility.browsers=N} changes it.
     */
    static final int ONE_PER_CORE = Integer.getInteger("accessibility.browsers",
            Runtime.getRuntime().availableProcessors());

    private final Supplier<Browser> starting;
    private final int most;
    private final BlockingQueue<Browser> idle = new LinkedBlockingQueue<>();
    private final List<Browser> started = new ArrayList<>();

    private Browsers(Supplier<Browser> starting, int most) {
        this.starting = starting;
        this.most = most;
    }

    /** Browsers with JavaScript on, as most people have them, at most this many at once. */
    static Browsers withJavaScript(int most) {
        return new Browsers(Browser::start, most);
    }

    /** One browser with JavaScript on. */
    static Browsers withJavaScript() {
        return withJavaScript(1);
    }

    /** One browser that runs no script from the pages. */
    static Browsers withoutJavaScript() {
        return new Browsers(Browser::startWithoutJavaScript, 1);
    }

    /** The class's only browser, for classes whose tests run one after another. */
    synchronized Browser one() {
        if (started.isEmpty()) {
            started.add(starting.get());
        }
        return started.get(0);
    }

    /** Lends a browser to the test for as long as it runs, starting one if none is free and fewer are running. */
    void use(Consumer<Browser> test) {
        Browser browser = take();
        try {
            test.accept(browser);
        } finally {
            idle.add(browser);
        }
    }

    private Browser take() {
        Browser free = idle.poll();
        if (free != null) {
            return free;
        }
        synchronized (this) {
            if (started.size() < most) {
                Browser browser = starting.get();
                started.add(browser);
                return browser;
            }
        }
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a browser", e);
        }
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) {
        started.forEach(Browser::close);
        started.clear();
        idle.clear();
        AccessibilityReport.write();
        System.out.println("Accessibility suite, in this run so far: " + AccessibilityReport.summary() + ": "
                + AccessibilityReport.FILE.toAbsolutePath());
    }
}
