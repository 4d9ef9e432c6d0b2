package io.plainframe.sandbox;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven by Selenium, for the end-to-end tests. Without Chromium a developer's run skips the
 * browser tests with a message saying how to install it; on CI ({@code CI=true}) that is a failure.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("plainframe.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("plainframe.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** How long a step may take: generous, for a busy two-core CI machine. */
    static final Duration WAIT = Duration.ofSeconds(30);

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** A fresh headless Chromium, or the test is skipped (locally) or failed (CI) when there is none. */
    static Browser start() {
        requireChromium();
        try {
            Path profile = Files.createTempDirectory("plainframe-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-quic", "--window-size=1280,1000", "--lang=en-US",
                    "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            service.sendOutputTo(OutputStream.nullOutputStream());
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Skips the test (locally) or fails it (CI) when there is no Chromium: called first by tests that build
     * expensive state before they open a browser, so they decide before the work.
     */
    static void requireChromium() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String message = "Browser tests need Chromium and its driver at " + CHROMIUM + " and " + CHROMEDRIVER
                    + ". Install them with: sudo apt-get install -y chromium chromium-driver";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message + " (CI=true: the browser tests must run)");
            }
            abort(message);
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /** Waits up to ten seconds for an element to be visible. */
    WebElement visible(String css) {
        return new WebDriverWait(driver, WAIT)
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Waits up to ten seconds until exactly {@code count} elements match, then answers them. */
    List<WebElement> waitForCount(String css, int count) {
        new WebDriverWait(driver, WAIT).until(d -> d.findElements(By.cssSelector(css)).size() == count);
        return driver.findElements(By.cssSelector(css));
    }

    /** Waits up to ten seconds for an element's text to contain something. */
    void waitForText(String css, String text) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(css), text));
    }

    /** Clicks an element, looking it up again if the page re-rendered it meanwhile. */
    void click(String css) {
        new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement element = ExpectedConditions.elementToBeClickable(By.cssSelector(css)).apply(d);
            if (element == null) {
                return false;
            }
            element.click();
            return true;
        });
    }

    /** Clicks something that leaves the page, and waits until the next page has replaced it. */
    void clickAndWaitForPage(String css) {
        // The element is looked up afresh until the click lands: Chromium may still be settling the page.
        WebElement clicked = new WebDriverWait(driver, WAIT)
                .ignoring(StaleElementReferenceException.class).ignoring(WebDriverException.class)
                .until(d -> {
                    WebElement element = d.findElement(By.cssSelector(css));
                    element.click();
                    return element;
                });
        new WebDriverWait(driver, WAIT).until(d -> isGone(clicked));
    }

    /**
     * Whether the page that held an element has been replaced. Chromium reports a replaced element either as
     * stale or, while the next page is being committed, as a node that "does not belong to the document".
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Replaces a field's text by typing, as a person does (so the page hears every input event). */
    void type(String css, String text) {
        WebElement field = visible(css);
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        if (!text.isEmpty()) {
            field.sendKeys(text);
        }
    }

    /** Answers the page's confirm() with OK. */
    void acceptConfirm() {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.alertIsPresent()).accept();
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    Object asyncScript(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, arguments);
    }

    String url() {
        return driver.getCurrentUrl();
    }

    /** Forgets the session, as a new visitor. */
    void forgetCookies() {
        driver.manage().deleteAllCookies();
    }

    /** Saves a screenshot of the whole page, beyond the window, as target/screenshots/{name}.png. */
    @SuppressWarnings("unchecked")
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
            Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
            double width = ((Number) size.get("width")).doubleValue();
            double height = Math.min(6000, ((Number) size.get("height")).doubleValue());
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                    "format", "png", "captureBeyondViewport", true,
                    "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.write(target, Base64.getDecoder().decode((String) shot.get("data")));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // A temporary profile left behind is harmless.
            }
        }
    }

    /**
     * What markup users' words ran as inside {@code scope}: an injected image, or a script that set
     * {@code window.pwned} (an image's onerror runs when its load fails, so it is waited for briefly).
     */
    List<String> markupRun(String scope) throws InterruptedException {
        List<String> found = new ArrayList<>();
        if (!driver.findElements(By.cssSelector(scope + " img, " + scope + " script")).isEmpty()) {
            found.add("an <img> element");
            for (int i = 0; i < 25 && Boolean.TRUE.equals(script("return window.pwned === undefined")); i++) {
                Thread.sleep(100);
            }
        }
        if (Boolean.FALSE.equals(script("return window.pwned === undefined"))) {
            found.add("a script ran");
        }
        return found;
    }
}
