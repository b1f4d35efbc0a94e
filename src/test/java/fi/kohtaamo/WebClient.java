package fi.kohtaamo;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A visitor over plain HTTP with a cookie jar, for tests that need many requests but no browser (and no JavaScript:
 * Ajax and confirm dialogs are skipped): it signs in through the real sign-in form, opens pages without following
 * redirects (so a test sees the 302 to the sign-in page; {@link #follow} goes on where a browser would), posts Faces
 * forms with every field the page rendered, some of them changed, as a browser would, and sends hand-made requests for
 * tests that play an attacker. {@link KohtaamoDeployment} puts it and jsoup into the server for in-container tests.
 *
 * <pre>{@code
 * WebClient admin = WebClient.signedIn(base, "admin.demo", "kohtaamo-demo");
 * Document page = admin.page("organisation/person?id=51");
 * admin.submit(page, "person", Map.of("roles", List.of("EMPLOYEE", "HR")), "save");
 * }</pre>
 */
public final class WebClient {

    private static final String SESSION_COOKIE = "JSESSIONID";

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    private WebClient(URL base) {
        try {
            this.base = base.toURI();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** A visitor who has not signed in. */
    public static WebClient anonymous(URL base) {
        return new WebClient(base);
    }

    /** A visitor who carries somebody's session cookie, as an attacker who learnt the id would. */
    public static WebClient withSessionId(URL base, String sessionId) {
        WebClient client = new WebClient(base);
        HttpCookie cookie = new HttpCookie(SESSION_COOKIE, sessionId);
        cookie.setPath("/");
        cookie.setVersion(0);
        client.cookies.getCookieStore().add(client.base, cookie);
        return client;
    }

    /** Signs in through the sign-in page; fails loudly if the form answers with anything but a redirect. */
    public static WebClient signedIn(URL base, String username, String password) {
        WebClient client = new WebClient(base);
        HttpResponse<String> answer = client.trySignIn(username, password);
        if (answer.statusCode() / 100 != 3) {
            throw new IllegalStateException("Sign-in of " + username + " answered " + answer.statusCode());
        }
        return client;
    }

    /** Fills in and posts the sign-in form: a redirect when signed in, the sign-in page again when not. */
    public HttpResponse<String> trySignIn(String username, String password) {
        Document login = page("login");
        return submit(login, "login", Map.of("username", username, "password", password), "signIn");
    }

    /** Chooses the language pages are shown in, as the language switch's cookie does. */
    public WebClient inLanguage(String tag) {
        HttpCookie cookie = new HttpCookie("kohtaamo-lang", tag);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(base, cookie);
        return this;
    }

    /** The id of this visitor's HTTP session, if it has one. */
    public String sessionId() {
        return cookies.getCookieStore().get(base).stream()
                .filter(c -> c.getName().equals(SESSION_COOKIE))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    /** GETs a path below the application's root without following redirects. */
    public HttpResponse<String> get(String path) {
        return get(path, Map.of());
    }

    public HttpResponse<String> get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(path)).GET();
        headers.forEach(request::header);
        return send(request);
    }

    public HttpResponse<byte[]> bytes(String path) {
        try {
            return http.send(
                    HttpRequest.newBuilder(resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens a page, following redirects, and parses it; fails unless it ends in 200. */
    public Document page(String path) {
        HttpResponse<String> response = follow(get(path));
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return parse(response);
    }

    public static Document parse(HttpResponse<String> response) {
        return Jsoup.parse(response.body(), response.uri().toString());
    }

    /** Follows the redirects of an answer, at most five. */
    public HttpResponse<String> follow(HttpResponse<String> response) {
        for (int i = 0; i < 5 && response.statusCode() / 100 == 3; i++) {
            String location = response.headers().firstValue("Location").orElseThrow();
            response = send(
                    HttpRequest.newBuilder(response.uri().resolve(location)).GET());
        }
        return response;
    }

    /**
     * Posts a form of the page as a browser would after the user changed some fields and pressed a button: every
     * field the page rendered (hidden ones, the view state, checked boxes, selected options) with the given values
     * put over them. The values may be ones the page never offered, which is how tampering is tried.
     *
     * @param formId the form's client id
     * @param values field names (client ids, such as {@code person:firstName}) and their new values; a name without
     *     the form's prefix gets it
     * @param button the pressed button's id, with or without the form's prefix
     */
    public HttpResponse<String> submit(Document page, String formId, Map<String, String> values, String button) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        values.forEach((name, value) -> lists.put(name, List.of(value)));
        return submitAll(page, formId, lists, button);
    }

    /** As {@link #submit}, for fields that take several values (check boxes, multiple selections). */
    public HttpResponse<String> submitAll(
            Document page, String formId, Map<String, List<String>> values, String button) {
        return send(formPost(page, formId, values, button));
    }

    /** Presses a download button of a form (a Faces post without Ajax) and returns the file it answers with. */
    public HttpResponse<byte[]> download(Document page, String formId, String button) {
        try {
            return http.send(
                    formPost(page, formId, Map.of(), button)
                            .timeout(Duration.ofSeconds(60))
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder formPost(
            Document page, String formId, Map<String, List<String>> values, String button) {
        Element form = page.getElementById(formId);
        if (form == null) {
            throw new IllegalStateException("No form " + formId + " on " + page.location());
        }
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (Element input : form.select("input[name], textarea[name], select[name]")) {
            String type = input.attr("type").toLowerCase(java.util.Locale.ROOT);
            if (type.equals("submit") || type.equals("button") || type.equals("image") || type.equals("file")) {
                continue;
            }
            if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
                continue;
            }
            if (input.tagName().equals("select")) {
                List<Element> selected = input.select("option[selected]");
                if (selected.isEmpty() && !input.hasAttr("multiple") && input.selectFirst("option") != null) {
                    selected = List.of(input.selectFirst("option"));
                }
                selected.forEach(option -> fields.add(Map.entry(input.attr("name"), option.attr("value"))));
            } else if (input.tagName().equals("textarea")) {
                fields.add(Map.entry(input.attr("name"), input.wholeText()));
            } else {
                fields.add(Map.entry(
                        input.attr("name"),
                        input.hasAttr("value") || !type.equals("checkbox") ? input.attr("value") : "on"));
            }
        }
        String prefix = formId + ":";
        values.forEach((name, list) -> {
            String field = qualified(form, prefix, name);
            fields.removeIf(e -> e.getKey().equals(field));
            list.forEach(value -> fields.add(Map.entry(field, value)));
        });
        String pressed = qualified(form, prefix, button);
        fields.add(Map.entry(pressed, pressed));
        // PrimeFaces' script sends the page's Content-Security-Policy nonce with every post, and the server refuses
        // a post without it.
        Element nonced = page.selectFirst("script[nonce]");
        if (nonced != null && fields.stream().noneMatch(e -> e.getKey().equals("primefaces.nonce"))) {
            fields.add(Map.entry("primefaces.nonce", nonced.attr("nonce")));
        }
        String action = form.attr("action");
        URI target = URI.create(page.location()).resolve(action.isEmpty() ? page.location() : action);
        return HttpRequest.newBuilder(target)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields)));
    }

    /** Posts a hand-made form, field by field, to a path: what a forged or replayed post looks like. */
    public HttpResponse<String> postForm(String path, Map<String, String> fields) {
        return post(path, "application/x-www-form-urlencoded", encode(List.copyOf(fields.entrySet())));
    }

    /** Posts a body of the given content type to a path, without following redirects. */
    public HttpResponse<String> post(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(resolve(path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A field name as the form renders it: forms with {@code prependId="false"} have no prefix. */
    private static String qualified(Element form, String prefix, String name) {
        if (name.startsWith(prefix)
                || form.selectFirst("[name=\"" + prefix + name + "\"], [id=\"" + prefix + name + "\"]") == null
                        && form.selectFirst("[name=\"" + name + "\"], [id=\"" + name + "\"]") != null) {
            return name;
        }
        return prefix + name;
    }

    /** Sends a request with this visitor's cookies, without following redirects. */
    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    public URI resolve(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    private static String encode(List<Map.Entry<String, String>> fields) {
        return fields.stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
