package fi.kohtaamo.platform.deploy;

import fi.kohtaamo.Browser;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The proof that a Kohtaamo cluster keeps a user working when a node dies, run by {@code deploy/cluster/cluster-test.sh}
 * against two Payara Micro nodes behind nginx (not part of {@code mvn test} or {@code mvn verify}).
 *
 * <p>In headless Chromium, through the load balancer, the demo employee signs in, opens a module from My learning and
 * steps through two lessons. The node that served the last page is then killed with {@code kill -9}; the employee
 * goes on through the same page (its view state and sign-in now come from the session replicated to the other node),
 * two more lessons, without signing in again; finally My learning and the module show the progress made.
 *
 * <p>nginx names the node that served each page in a {@code Server-Timing} header, which the page reads as
 * {@code performance.getEntriesByType('navigation')[0].serverTiming}.
 *
 * <p>System properties: {@code cluster.url}, the load balancer (e.g. {@code http://127.0.0.1:18080/}), and {@code
 * cluster.nodes}, each node's upstream address and process id ({@code 127.0.0.1:18081=1234,127.0.0.1:18082=1235}).
 */
public final class ClusterFailoverCheck {

    private static final String MODULE_TITLE = "Listening, valuing, understanding";

    private ClusterFailoverCheck() {}

    public static void main(String[] args) throws Exception {
        URL base = new URL(required("cluster.url"));
        Map<String, Long> nodes = nodes(required("cluster.nodes"));
        List<String> servedBy = new ArrayList<>();

        try (Browser browser = Browser.open(base, "en")) {
            browser.signIn("employee.demo", "kohtaamo-demo");
            check(browser.path().startsWith("home/"), "signed in and landed on a home page, not " + browser.path());
            servedBy.add("home: " + upstream(browser));

            browser.click(By.id("nav-learning"));
            browser.click(By.linkText(MODULE_TITLE));
            int total = total(browser);
            int step = step(browser);
            servedBy.add("step " + step + ": " + upstream(browser));

            for (int i = 0; i < 2; i++) {
                step = next(browser, step);
                servedBy.add("step " + step + ": " + upstream(browser));
            }

            String victim = upstream(browser);
            Long pid = nodes.get(victim);
            check(pid != null, "the serving node " + victim + " is one of " + nodes.keySet());
            kill(pid);
            System.out.println("Killed the node that served step " + step + ": " + victim + " (pid " + pid + ")");

            for (int i = 0; i < 2; i++) {
                step = next(browser, step);
                String survivor = upstream(browser);
                check(!survivor.equals(victim), "step " + step + " came from a surviving node, not " + survivor);
                servedBy.add("step " + step + " after the kill: " + survivor);
            }
            int reached = step;

            browser.click(By.id("nav-learning"));
            String item = browser.driver()
                    .findElement(By.xpath(
                            "//li[contains(@class,'module-item')][.//a[normalize-space()='" + MODULE_TITLE + "']]"))
                    .getText();
            check(item.contains("In progress"), "My learning shows the module in progress: " + item);

            browser.click(By.linkText(MODULE_TITLE));
            browser.waiting().until(d -> step(browser) > 0);
            check(
                    step(browser) == reached,
                    "the module resumes at step " + reached + " / " + total + ", not " + step(browser));
            check(!browser.path().startsWith("login"), "never sent back to the sign-in page");
            servedBy.add("resumed at step " + reached + ": " + upstream(browser));
        }
        System.out.println("Pages and the nodes that served them:");
        servedBy.forEach(line -> System.out.println("  " + line));
        System.out.println("PASSED: the employee kept their session and progress after a node was killed");
    }

    /** Clicks Next and waits until the player shows the following step. */
    private static int next(Browser browser, int from) {
        browser.click(By.id("player:next"));
        browser.waiting().until(d -> {
            check(!browser.path().startsWith("login"), "sent back to the sign-in page after step " + from);
            return step(browser) == from + 1;
        });
        return from + 1;
    }

    /** The step shown by the player ("Step 3 / 7"), or 0 while no player is shown. */
    private static int step(Browser browser) {
        var found = browser.driver().findElements(By.id("step-indicator"));
        if (found.isEmpty()) {
            return 0;
        }
        String text = found.get(0).getText().trim();
        return text.startsWith("Step ") ? Integer.parseInt(text.replaceAll("Step (\\d+) / \\d+", "$1")) : 0;
    }

    private static int total(Browser browser) {
        browser.waiting().until(d -> step(browser) > 0);
        String text =
                browser.driver().findElement(By.id("step-indicator")).getText().trim();
        return Integer.parseInt(text.replaceAll("Step \\d+ / (\\d+)", "$1"));
    }

    /** The node that served the current page, as nginx reported it in the Server-Timing header. */
    private static String upstream(Browser browser) {
        Object description = ((JavascriptExecutor) browser.driver())
                .executeScript("const timing = performance.getEntriesByType('navigation')[0].serverTiming"
                        + ".find(t => t.name === 'upstream'); return timing ? timing.description : null;");
        check(description != null, "nginx reports the upstream in a Server-Timing header");
        String address = description.toString();
        // After a failed attempt nginx lists every upstream it tried ("127.0.0.1:18081, 127.0.0.1:18082").
        return address.substring(address.lastIndexOf(' ') + 1);
    }

    private static void kill(long pid) throws IOException, InterruptedException {
        int exit = new ProcessBuilder("kill", "-9", Long.toString(pid))
                .inheritIO()
                .start()
                .waitFor();
        check(exit == 0, "kill -9 " + pid + " succeeded");
        ProcessHandle.of(pid).ifPresent(process -> process.onExit().join());
    }

    private static Map<String, Long> nodes(String spec) {
        Map<String, Long> nodes = new LinkedHashMap<>();
        for (String node : spec.split(",")) {
            String[] parts = node.trim().split("=");
            nodes.put(parts[0], Long.parseLong(parts[1]));
        }
        return nodes;
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        check(value != null && !value.isBlank(), "system property " + property + " is set");
        return value;
    }

    private static void check(boolean condition, String expectation) {
        if (!condition) {
            throw new IllegalStateException("FAILED: expected " + expectation);
        }
    }
}
