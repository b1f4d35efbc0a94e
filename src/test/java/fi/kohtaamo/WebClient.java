package fi.kohtaamo.platform.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A visitor over plain HTTP with a cookie jar, for tests that need many requests but no browser: it signs in through
 * the real sign-in form, opens pages without following redirects (so a test sees the 302 to the sign-in page), and
 * posts Faces forms with every field the page rendered, some of them changed, as a browser would.
 */
final class WebClient {

    private final URI base;
    private final HttpClient http;

    private WebClient(URL base) {
        try {
            this.base = base.toURI();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    static WebClient anonymous(URL base) {
        return new WebClient(base);
    }

    /** Signs in through the sign-in page; fails loudly if the form answers with anything but a redirect. */
    static WebClient signedIn(URL base, String username, String password) {
        WebClient client = new WebClient(base);
        Document login = client.page("login");
        HttpResponse<String> answer =
                client.submit(login, "login", Map.of("username", username, "password", password), "signIn");
        if (answer.statusCode() / 100 != 3) {
            throw new IllegalStateException("Sign-in of " + username + " answered " + answer.statusCode());
        }
        return client;
    }

    /** GETs a path below the application's root without following redirects. */
    HttpResponse<String> get(String path) {
        return get(path, Map.of());
    }

    HttpResponse<String> get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(path)).GET();
        headers.forEach(request::header);
        return send(request);
    }

    HttpResponse<byte[]> bytes(String path) {
        try {
            return http.send(
                    HttpRequest.newBuilder(resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens a page, following redirects, and parses it; fails unless it ends in 200. */
    Document page(String path) {
        HttpResponse<String> response = follow(get(path));
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return parse(response);
    }

    static Document parse(HttpResponse<String> response) {
        return Jsoup.parse(response.body(), response.uri().toString());
    }

    /** Follows the redirects of an answer, at most five. */
    HttpResponse<String> follow(HttpResponse<String> response) {
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
    HttpResponse<String> submit(Document page, String formId, Map<String, String> values, String button) {
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
                Element selected = input.selectFirst("option[selected]");
                if (selected == null) {
                    selected = input.selectFirst("option");
                }
                if (selected != null) {
                    fields.add(Map.entry(input.attr("name"), selected.attr("value")));
                }
            } else if (input.tagName().equals("textarea")) {
                fields.add(Map.entry(input.attr("name"), input.wholeText()));
            } else {
                fields.add(Map.entry(input.attr("name"), input.attr("value")));
            }
        }
        String prefix = formId + ":";
        values.forEach((name, value) -> {
            String field = qualified(form, prefix, name);
            fields.removeIf(e -> e.getKey().equals(field));
            fields.add(Map.entry(field, value));
        });
        String pressed = qualified(form, prefix, button);
        fields.add(Map.entry(pressed, pressed));
        // PrimeFaces' script sends the page's Content-Security-Policy nonce with every post, and the server refuses
        // a post without it.
        Element nonced = page.selectFirst("script[nonce]");
        if (nonced != null && fields.stream().noneMatch(e -> e.getKey().equals("primefaces.nonce"))) {
            fields.add(Map.entry("primefaces.nonce", nonced.attr("nonce")));
        }
        String body = fields.stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        String action = form.attr("action");
        URI target = URI.create(page.location()).resolve(action.isEmpty() ? page.location() : action);
        return send(HttpRequest.newBuilder(target)
                .header("Content-Type", "application/x-www-form-urlencoded")
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

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    URI resolve(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
