package fi.kohtaamo;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser without a browser: one HTTP session (its cookies) against a running Kohtaamo that signs in, opens pages
 * and submits Faces forms as the page rendered them, for tests that check what the server does rather than what the
 * page looks like. Much faster than Chromium, and no JavaScript: Ajax and confirm dialogs are skipped.
 *
 * <pre>{@code
 * HttpSession admin = HttpSession.signIn(base, "admin.demo", "kohtaamo-demo");
 * HttpResponse<String> page = admin.get("organisation/person?id=51");
 * admin.submit(page, "person", "person:save", Map.of("person:roles", List.of("EMPLOYEE", "HR")));
 * }</pre>
 */
public final class HttpSession {

    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:.-]+)(?:=\"([^\"]*)\")?");
    private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>");
    private static final Pattern SELECT = Pattern.compile("<select\\b([^>]*)>(.*?)</select>", Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>");
    private static final Pattern TEXTAREA = Pattern.compile("<textarea\\b([^>]*)>(.*?)</textarea>", Pattern.DOTALL);

    private final HttpClient http;
    private final URI base;

    private HttpSession(URL base) {
        this.base = URI.create(base.toString());
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** A session that nobody has signed in to yet. */
    public static HttpSession anonymous(URL base) {
        return new HttpSession(base);
    }

    /**
     * A session signed in through the sign-in page.
     *
     * @throws IllegalStateException if the sign-in page is shown again (wrong password, locked out)
     */
    public static HttpSession signIn(URL base, String username, String password) {
        HttpSession session = new HttpSession(base);
        HttpResponse<String> after = session.trySignIn(username, password);
        if (after.uri().getPath().endsWith("/login")) {
            throw new IllegalStateException(username + " could not sign in");
        }
        return session;
    }

    /** Fills in and submits the sign-in form; the answer is the page the browser would land on. */
    public HttpResponse<String> trySignIn(String username, String password) {
        HttpResponse<String> login = get("login");
        return submit(login, "login", "signIn", Map.of("username", List.of(username), "password", List.of(password)));
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET().build());
    }

    /**
     * Submits a form of a page as a browser would: every field with the value the page gave it, except those in
     * {@code values}, which replace them (a list for fields with several values, such as check boxes).
     */
    public HttpResponse<String> submit(
            HttpResponse<String> page, String formId, String button, Map<String, List<String>> values) {
        String html = page.body();
        Matcher form = Pattern.compile(
                        "<form\\b[^>]*\\bid=\"" + Pattern.quote(formId) + "\"[^>]*>(.*?)</form>", Pattern.DOTALL)
                .matcher(html);
        if (!form.find()) {
            throw new IllegalStateException("no form " + formId + " on " + page.uri());
        }
        Map<String, String> formAttributes =
                attributes(form.group(0).substring(0, form.group(0).indexOf('>')));
        Map<String, List<String>> fields = fields(form.group(1));
        fields.putAll(values);
        fields.put(button, List.of(""));
        StringBuilder body = new StringBuilder();
        fields.forEach((name, list) -> list.forEach(value -> {
            if (!body.isEmpty()) {
                body.append('&');
            }
            body.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }));
        URI action = page.uri()
                .resolve(formAttributes.getOrDefault("action", page.uri().getPath()));
        return send(HttpRequest.newBuilder(action)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, List<String>> fields(String form) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(form);
        while (input.find()) {
            Map<String, String> a = attributes(input.group(1));
            String type = a.getOrDefault("type", "text");
            boolean unchecked = (type.equals("checkbox") || type.equals("radio")) && !a.containsKey("checked");
            if (a.containsKey("name")
                    && !unchecked
                    && !List.of("submit", "button", "image", "file").contains(type)) {
                add(fields, a.get("name"), a.getOrDefault("value", type.equals("checkbox") ? "on" : ""));
            }
        }
        Matcher select = SELECT.matcher(form);
        while (select.find()) {
            String name = attributes(select.group(1)).get("name");
            Matcher option = OPTION.matcher(select.group(2));
            while (option.find()) {
                Map<String, String> a = attributes(option.group(1));
                if (name != null && a.containsKey("selected")) {
                    add(fields, name, a.getOrDefault("value", ""));
                }
            }
        }
        Matcher textarea = TEXTAREA.matcher(form);
        while (textarea.find()) {
            String name = attributes(textarea.group(1)).get("name");
            if (name != null) {
                add(fields, name, unescape(textarea.group(2)));
            }
        }
        return fields;
    }

    private static void add(Map<String, List<String>> fields, String name, String value) {
        fields.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(tag);
        while (m.find()) {
            attributes.put(m.group(1), m.group(2) == null ? "" : unescape(m.group(2)));
        }
        return attributes;
    }

    private static String unescape(String text) {
        Matcher numeric = Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(text);
        StringBuilder decoded = new StringBuilder();
        while (numeric.find()) {
            int code = Integer.parseInt(numeric.group(2), numeric.group(1).isEmpty() ? 10 : 16);
            numeric.appendReplacement(decoded, Matcher.quoteReplacement(new String(Character.toChars(code))));
        }
        numeric.appendTail(decoded);
        return decoded.toString()
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&amp;", "&");
    }
}
