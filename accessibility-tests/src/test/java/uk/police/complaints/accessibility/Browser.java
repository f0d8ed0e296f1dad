package uk.police.complaints.accessibility;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the machine's packages ({@code chromium}, {@code chromium-driver}): Selenium Manager cannot
 * download a browser here. CHROME_BIN and CHROMEDRIVER override where they are.
 */
final class Browser implements AutoCloseable {

    private static final String CHROME_BIN = System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final Path downloads;
    private final Set<String> marks = ConcurrentHashMap.newKeySet();
    private int width;

    private Browser(ChromeDriver driver, Path downloads) {
        this.driver = driver;
        this.downloads = downloads;
    }

    static Browser start() {
        return start(true);
    }

    /** A browser that runs no script from the pages, as for a person who has switched JavaScript off. */
    static Browser startWithoutJavaScript() {
        return start(false);
    }

    private static Browser start(boolean javaScript) {
        return Timings.time(Timings.Phase.BROWSER_START, () -> started(javaScript));
    }

    private static Browser started(boolean javaScript) {
        for (String binary : new String[] {CHROME_BIN, CHROMEDRIVER}) {
            if (!new File(binary).canExecute()) {
                throw new IllegalStateException(binary + " is missing: install Debian's chromium and chromium-driver "
                        + "(.ci/run does), or point CHROME_BIN and CHROMEDRIVER at them");
            }
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROME_BIN);
        // The background-networking flags stop Chromium calling out from a machine with no network.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900", "--user-data-dir=" + temporaryFolder("chromium-profile"));
        Path downloads = Path.of(temporaryFolder("chromium-downloads"));
        Map<String, Object> preferences = new HashMap<>(Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        if (!javaScript) {
            // The browser's own setting, as a person would switch it off; the test's scripts still run.
            preferences.put("profile.managed_default_content_settings.javascript", 2);
        }
        options.setExperimentalOption("prefs", preferences);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        return new Browser(new ChromeDriver(service, options), downloads);
    }

    ChromeDriver driver() {
        return driver;
    }

    /**
     * Emulates a screen this many CSS pixels wide, as a phone (320 px, WCAG's reflow width) or as a tablet or desktop;
     * the page open now is laid out again at once, and so is every page opened after.
     */
    void useWidth(int width) {
        if (width != this.width) {
            Timings.time(Timings.Phase.LAYOUT_CHECKS, () -> driver.executeCdpCommand(
                    "Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 768)));
            this.width = width;
        }
    }

    /** Opens an address and waits until its page has loaded. */
    void open(String url) {
        Timings.time(Timings.Phase.PAGE_LOAD, () -> driver.get(url));
    }

    /** True the first time this browser is asked with this mark, so that set-up done once per browser is done once. */
    boolean markFirst(String mark) {
        return marks.add(mark);
    }

    /** Waits up to ten seconds, looking often: the default half-second poll would be most of a page's time. */
    void waitUntil(Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(10), Duration.ofMillis(20)).until(condition);
    }

    /** Clicks a button that sends a form, and waits for the next page, even one at the same address with errors. */
    void clickAndWaitForNextPage(By button) {
        waitForNextPageAfter(() -> driver.findElement(button).click());
    }

    /** Does what leads to another page (a click, a key pressed), and waits until that page has loaded. */
    void waitForNextPageAfter(Runnable leaving) {
        Timings.time(Timings.Phase.PAGE_LOAD, () -> {
            // A mark on the old page tells when the browser has moved on.
            script("window.portalTestLeaving = true;");
            leaving.run();
            waitUntil(ready -> Boolean.TRUE.equals(script(
                    "return window.portalTestLeaving === undefined && document.readyState === 'complete';")));
        });
    }

    /** Clicks a link to a file and gives the file once the browser has saved it whole, under this name. */
    byte[] download(By link, String fileName) {
        Path file = downloads.resolve(fileName);
        try {
            Files.deleteIfExists(file);
            driver.findElement(link).click();
            // The first file made after start-up also loads the PDF library and its fonts: it may take a while.
            new WebDriverWait(driver, Duration.ofSeconds(60), Duration.ofMillis(50)).until(saved -> Files.exists(file)
                    && !Files.exists(downloads.resolve(fileName + ".crdownload")));
            byte[] content = Files.readAllBytes(file);
            Files.delete(file);
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Runs a script that calls its last argument when done, and gives what it was called with. */
    Object asyncScript(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, arguments);
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static String temporaryFolder(String name) {
        try {
            File folder = Files.createTempDirectory(name).toFile();
            folder.deleteOnExit();
            return folder.getAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
