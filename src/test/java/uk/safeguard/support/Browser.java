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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

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
        WebElement page = d.findElement(By.tagName("html"));
        d.findElement(By.cssSelector("button[type=submit].govuk-button")).click();
        // Wait for the page after signing in, so the next navigation cannot overtake the sign-in.
        new org.openqa.selenium.support.ui.WebDriverWait(d, Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
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
