package fi.kohtaamo;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.URL;
import java.time.Duration;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}, never a downloaded
 * one) for browser journeys, with small helpers that wait for pages instead of sleeping.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final URL base;
    private final WebDriverWait wait;

    /**
     * A wait that also tries again when Chrome reports a node detached from a page that is being replaced, which it
     * does (as a plain WebDriverException) when a condition reads an element during a navigation.
     */
    private static final class PatientWait extends WebDriverWait {

        PatientWait(WebDriver driver, Duration timeout) {
            super(driver, timeout);
        }

        @Override
        public <V> V until(java.util.function.Function<? super WebDriver, ? extends V> condition) {
            return super.until(d -> {
                try {
                    return condition.apply(d);
                } catch (org.openqa.selenium.WebDriverException e) {
                    if (detached(e)) {
                        return null;
                    }
                    throw e;
                }
            });
        }
    }

    static boolean detached(org.openqa.selenium.WebDriverException e) {
        return String.valueOf(e.getMessage()).contains("does not belong to the document");
    }

    private final Kind kind;

    private Browser(WebDriver driver, URL base, Kind kind) {
        this.driver = driver;
        this.base = base;
        this.kind = kind;
        this.wait = patient(driver, Duration.ofSeconds(20));
    }

    /** Pages are replaced after every click: an element read mid-navigation is simply read again. */
    private static WebDriverWait patient(WebDriver driver, Duration timeout) {
        WebDriverWait wait = new PatientWait(driver, timeout);
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    /** Opens a browser whose preferred language is {@code language} (e.g. "en" or "fi"), at a desktop size. */
    public static Browser open(URL base, String language) {
        return open(base, language, 1280, 900);
    }

    /**
     * A browser with this language and window size: an idle one that an earlier test closed, reset to a fresh tab with
     * no cookies and no stored data, or a new Chromium when none is idle. Starting Chromium costs about a second, and
     * the suite opens a browser some fifty times.
     */
    public static Browser open(URL base, String language, int width, int height) {
        Kind kind = new Kind(language, width, height);
        WebDriver idle =
                IDLE.computeIfAbsent(kind, k -> new ConcurrentLinkedDeque<>()).poll();
        return new Browser(idle != null ? idle : start(kind), base, kind);
    }

    /** What a Chromium is started with and so what a reused one must match. */
    private record Kind(String language, int width, int height) {}

    private static final Map<Kind, Deque<WebDriver>> IDLE = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime()
                .addShutdownHook(new Thread(() -> IDLE.values().forEach(drivers -> drivers.forEach(WebDriver::quit))));
    }

    private static WebDriver start(Kind kind) {
        String language = kind.language();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-quic",
                "--no-first-run",
                "--lang=" + language,
                "--window-size=" + kind.width() + "," + kind.height());
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        // The console, where Chromium reports what the Content-Security-Policy blocked (cspViolations).
        org.openqa.selenium.logging.LoggingPreferences logging = new org.openqa.selenium.logging.LoggingPreferences();
        logging.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File(System.getProperty("chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    /** Goes to a path below the application's root, such as {@code organisation/people}. */
    public Browser go(String path) {
        driver.get(base.toString() + path);
        return this;
    }

    public Browser signIn(String username, String password) {
        go("login");
        type(By.id("username"), username);
        type(By.id("password"), password);
        String before = driver.getCurrentUrl();
        driver.findElement(By.id("signIn")).click();
        // Signing in checks a PBKDF2 hash and renders the first page of a fresh session: on a busy machine that can
        // take longer than a click, so this wait is longer, and says what the page showed if it runs out.
        try {
            new PatientWait(driver, Duration.ofSeconds(60))
                    .until(d -> !d.getCurrentUrl().equals(before)
                            || !d.findElements(By.cssSelector(".ui-messages-error"))
                                    .isEmpty());
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(
                    "Signing in as " + username + " stayed on " + driver.getCurrentUrl() + ", titled \""
                            + driver.getTitle() + "\": "
                            + driver.findElement(By.tagName("body")).getText(),
                    e);
        }
        return this;
    }

    public void signOut() {
        click(By.id("signOut"));
        try {
            wait.until(ExpectedConditions.urlContains("login"));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(
                    "Signing out stayed on " + driver.getCurrentUrl() + ", titled \"" + driver.getTitle() + "\": "
                            + driver.findElement(By.tagName("body")).getText(),
                    e);
        }
    }

    public void type(By field, String text) {
        WebElement element = wait.until(ExpectedConditions.visibilityOfElementLocated(field));
        element.clear();
        element.sendKeys(text);
    }

    /**
     * Clicks an element once it is clickable. A page being replaced under the click (after a form post) makes Chrome
     * report a stale or detached node: the click is then simply tried again on the new page. A link of the main
     * navigation (an id starting "nav-") is first brought into view as a person would: the menu button opened on a
     * phone, then the link's group.
     */
    public void click(By target) {
        boolean navigation = target.toString().startsWith("By.id: nav-");
        wait.until(d -> {
            try {
                if (navigation) {
                    reveal(d.findElement(target));
                }
                ExpectedConditions.elementToBeClickable(target).apply(d).click();
                return true;
            } catch (NullPointerException
                    | org.openqa.selenium.StaleElementReferenceException
                    | org.openqa.selenium.ElementClickInterceptedException
                    | org.openqa.selenium.NoSuchElementException e) {
                return false;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (detached(e)) {
                    return false;
                }
                throw e;
            }
        });
    }

    /** Opens the menu (on a phone) and the group that hide a navigation link, each only if it is closed. */
    private void reveal(WebElement link) {
        if (link.isDisplayed()) {
            return;
        }
        for (WebElement toggle : driver.findElements(By.id("nav-toggle"))) {
            if (toggle.isDisplayed() && "false".equals(toggle.getDomAttribute("aria-expanded"))) {
                toggle.click();
            }
        }
        WebElement group = (WebElement) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return arguments[0].closest('details');", link);
        if (group != null && group.getDomAttribute("open") == null) {
            group.findElement(By.tagName("summary")).click();
        }
    }

    /**
     * Fails with every serious or critical axe violation of the page as it is shown now, for the given axe tags (such
     * as {@code wcag21aa}): each rule with its impact, its help and up to three places. axe runs in the page itself
     * (legacy mode): otherwise it opens a blank window for its last step, whose handle a busy machine may not have ready
     * ("switchToWindow failed"); Kohtaamo's pages have no frames. axe reports only the violations: the rules that
     * passed, and where, are neither collected nor sent back.
     */
    public void assertAccessible(String page, List<String> tags) {
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        List<Rule> serious = new AxeBuilder()
                .withOptions(options).withTags(tags).setLegacyMode(true).analyze(driver).getViolations().stream()
                        .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                        .toList();
        if (!serious.isEmpty()) {
            throw new AssertionError(page + ": "
                    + serious.stream()
                            .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                                    + v.getNodes().stream()
                                            .limit(3)
                                            .map(n -> String.valueOf(n.getTarget()))
                                            .collect(Collectors.joining(", ")))
                            .collect(Collectors.joining("\n")));
        }
    }

    /**
     * Fails if the page as it is shown scrolls sideways at the window's width, naming up to eight elements that reach
     * past the window's right edge. An element inside a frame that scrolls by itself (a wide table) may reach past it;
     * the page may not.
     */
    public void assertNoSidewaysScroll(String page) {
        long width = windowWidth();
        long scrolled = (Long) script().executeScript("return document.documentElement.scrollWidth;");
        if (scrolled > width) {
            throw new AssertionError(page + " scrolls sideways at " + width + " px (" + scrolled + " px wide); wider: "
                    + widerThan(width));
        }
    }

    /** As {@link #assertNoSidewaysScroll}, and no element at all reaches past the window's right edge. */
    public void assertFitsWindow(String page) {
        assertNoSidewaysScroll(page);
        List<?> wider = widerThan(windowWidth());
        if (!wider.isEmpty()) {
            throw new AssertionError(page + ": elements wider than the window: " + wider);
        }
    }

    private long windowWidth() {
        return (Long) script().executeScript("return window.innerWidth;");
    }

    private List<?> widerThan(long width) {
        return (List<?>) script().executeScript("""
                return [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > arguments[0] + 0.5)
                    .slice(0, 8)
                    .map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right));
                """, width);
    }

    private org.openqa.selenium.JavascriptExecutor script() {
        return (org.openqa.selenium.JavascriptExecutor) driver;
    }

    public String heading() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")))
                .getText();
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Waits until the page shows the given text somewhere; a timeout says what the page showed instead. */
    public void waitForText(String text) {
        try {
            wait.until(d -> d.findElement(By.tagName("body")).getText().contains(text));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(
                    "Waited for \"" + text + "\" on " + driver.getCurrentUrl() + ", which showed: " + text(), e);
        }
    }

    /**
     * Creates an employee through the administration pages as {@code admin.demo} and signs the admin out.
     *
     * @param unitLabel the unit as the unit list shows it, e.g. "Palvelupiste Kamppi (HKI-KAMPPI)"
     */
    public void createPerson(String first, String last, String username, String unitLabel, String password) {
        signIn("admin.demo", "kohtaamo-demo");
        go("organisation/person");
        type(By.id("person:firstName"), first);
        type(By.id("person:lastName"), last);
        type(By.id("person:username"), username);
        type(By.id("person:email"), username + "@pohjolanpalvelu.example");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("person:unit")))
                .selectByVisibleText(unitLabel);
        type(By.id("person:newPassword"), password);
        click(By.id("person:save"));
        waitForText(first + " " + last);
        signOut();
    }

    /** Types into the filter field of the table column with the given header. */
    public void filterColumn(String header, String text) {
        type(
                By.xpath("//th[.//span[contains(@class,'ui-column-title') and normalize-space()='" + header
                        + "']]//input"),
                text);
    }

    /**
     * The link to a unit in the units table of HR's or the administrator's home page, found through the table's name
     * filter: other tests add units, so the unit need not be on the table's first page.
     */
    public WebElement homeUnitLink(String name) {
        filterColumn("Name", name);
        // Until the filter's answer has replaced the rows, a link found would be the unfiltered page's, stale a moment
        // later: wait until every row shown is one the filter let through.
        By rows = By.cssSelector("[id$='units_data'] > tr");
        wait.until(d -> {
            try {
                return d.findElements(rows).stream()
                        .allMatch(row -> row.getText().contains(name));
            } catch (org.openqa.selenium.StaleElementReferenceException replacedMeanwhile) {
                return false;
            }
        });
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText(name)));
    }

    /** Waits until the first data table on the page shows the given text (after an Ajax filter, say). */
    public void waitingForTable(String text) {
        wait.until(d ->
                d.findElement(By.cssSelector(".ui-datatable-data")).getText().contains(text));
    }

    /**
     * What the page's Content-Security-Policy blocked since the last call (Chromium reports each blocked script, event
     * handler or resource on the console): a page that works with the policy has none.
     */
    public java.util.List<String> cspViolations() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
    }

    public String path() {
        return driver.getCurrentUrl().substring(base.toString().length());
    }

    public WebDriver driver() {
        return driver;
    }

    public WebDriverWait waiting() {
        return wait;
    }

    /** A wait as patient with replaced pages as {@link #waiting()}, for work that takes longer than 20 s. */
    public WebDriverWait waiting(Duration timeout) {
        return patient(driver, timeout);
    }

    /**
     * Leaves this Chromium as a new one would be for the next test: one fresh tab (so no session storage), no cookies,
     * no data stored for any site, no console messages, the size it was started with. One that cannot be reset quits.
     */
    @Override
    public void close() {
        try {
            java.util.Set<String> tabs = driver.getWindowHandles();
            driver.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
            String fresh = driver.getWindowHandle();
            for (String tab : tabs) {
                driver.switchTo().window(tab).close();
            }
            driver.switchTo().window(fresh);
            ChromeDriver chromium = (ChromeDriver) driver;
            chromium.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            chromium.executeCdpCommand(
                    "Storage.clearDataForOrigin",
                    Map.of("origin", base.getProtocol() + "://" + base.getAuthority(), "storageTypes", "all"));
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(kind.width(), kind.height()));
            driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER);
            IDLE.get(kind).push(driver);
        } catch (RuntimeException e) {
            driver.quit();
        }
    }
}
