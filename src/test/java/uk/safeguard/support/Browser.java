package uk.safeguard.support;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Debian's chromedriver, one per test JVM. The flags keep Chromium off the
 * network (this machine has none) and working as root in a container.
 */
public final class Browser {
    private static WebDriver driver;

    private Browser() {
    }

    public static synchronized WebDriver driver() {
        if (driver == null) {
            String chromium = firstExisting("/usr/bin/chromium", "/usr/bin/chromium-browser");
            String chromedriver = firstExisting("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
            System.setProperty("webdriver.chrome.driver", chromedriver);
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--window-size=1280,1024");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of(chromedriver).toFile()).usingAnyFreePort().build();
            driver = new ChromeDriver(service, options);
            driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> driver.quit(), "chromium-quit"));
        }
        return driver;
    }

    /** Signs out whoever is signed in, then signs in through the real form. */
    public static void signIn(String baseUrl, String username) {
        WebDriver d = driver();
        d.manage().deleteAllCookies();
        d.get(baseUrl + "/sign-in");
        d.findElement(By.id("username")).sendKeys(username);
        d.findElement(By.id("password")).sendKeys("safeguard-demo");
        clickAndWait(d.findElement(By.cssSelector("button[type=submit].govuk-button")));
    }

    /** axe-core against WCAG 2.2 A/AA: the serious or critical violations on the current page, described. */
    public static List<String> seriousAccessibilityViolations() {
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                .analyze(driver());
        List<Rule> violations = results.getViolations();
        return violations.stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                        + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .toList();
    }

    public static WebElement heading() {
        return driver().findElement(By.tagName("h1"));
    }

    /**
     * The page's h1 once the page has settled: after a click that navigates, the old page's heading can go stale
     * between finding it and reading it, so this waits for a heading it can read.
     */
    public static String headingText() {
        return new WebDriverWait(driver(), Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState"))
                        ? d.findElement(By.tagName("h1")).getText() : null);
    }

    /** Waits until the page's main content shows all these texts (the page after a click may still be loading). */
    public static void awaitMain(String... texts) {
        new WebDriverWait(driver(), Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    String main = d.findElement(By.tagName("main")).getText();
                    return java.util.Arrays.stream(texts).allMatch(main::contains);
                });
    }

    /** Clicks something that loads a new page, and waits until the old page is gone and the new one has loaded. */
    public static void clickAndWait(WebElement element) {
        WebElement page = driver().findElement(By.tagName("html"));
        element.click();
        new WebDriverWait(driver(), Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
        headingText();
    }

    private static String firstExisting(String... paths) {
        for (String path : paths) {
            if (Files.isExecutable(Path.of(path))) {
                return path;
            }
        }
        throw new IllegalStateException("None of " + String.join(", ", paths)
                + " exists: install Debian's chromium and chromium-driver (.ci/run does)");
    }
}
