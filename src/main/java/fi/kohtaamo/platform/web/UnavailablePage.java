package fi.kohtaamo.platform.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The "temporarily unavailable" answer, written without Faces, CDI beans or the database: its texts come straight from
 * the message bundles. The page is in the visitor's language (the language switch's cookie, else the browser's
 * preference), followed by the same text in Kohtaamo's other languages, each marked with its {@code lang}, since the
 * visitor's saved preference cannot be read while the database is away.
 */
final class UnavailablePage {

    static final List<String> LANGUAGES = List.of("fi", "sv", "en");
    private static final String BUNDLE = "fi.kohtaamo.i18n.messages";
    private static final String LANGUAGE_COOKIE = "kohtaamo-lang";

    private UnavailablePage() {}

    /** Kohtaamo's languages, the one this visitor asked for first; English when they asked for none of them. */
    static List<String> languages(HttpServletRequest request) {
        List<String> asked = new ArrayList<>();
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (LANGUAGE_COOKIE.equals(cookie.getName())) {
                    asked.add(cookie.getValue());
                }
            }
        }
        for (Locale locale : Collections.list(request.getLocales())) {
            asked.add(locale.getLanguage());
        }
        String first = asked.stream().filter(LANGUAGES::contains).findFirst().orElse("en");
        List<String> ordered = new ArrayList<>(List.of(first));
        LANGUAGES.stream().filter(tag -> !tag.equals(first)).forEach(ordered::add);
        return ordered;
    }

    /** The "temporarily unavailable" page: the first language as the page's own, the others after it. */
    static String html(List<String> languages) {
        return html(languages, "unavailable");
    }

    /**
     * A complete HTML page of the texts {@code topic.title}, {@code topic.text} and {@code topic.retry}: the first
     * language as the page's own, the others after it.
     */
    static String html(List<String> languages, String topic) {
        String first = languages.get(0);
        StringBuilder page = new StringBuilder(2048)
                .append("<!DOCTYPE html>\n<html lang=\"")
                .append(first)
                .append("\">\n<head>\n<meta charset=\"UTF-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>")
                .append(escape(text(first, topic + ".title")))
                .append("</title>\n<style>\n")
                .append("body{font-family:system-ui,sans-serif;margin:0;padding:2rem 1rem;color:#1b1b1b;")
                .append("background:#f4f5f7;line-height:1.5}\n")
                .append("main{max-width:36rem;margin:0 auto;background:#fff;padding:2rem;border-radius:8px}\n")
                .append("h1{font-size:1.5rem;margin-top:0}h2{font-size:1.1rem;margin-bottom:.25rem}\n")
                .append("section{border-top:1px solid #d0d4da;margin-top:1.5rem}a{color:#0b4f8a}\n")
                .append("</style>\n</head>\n<body>\n<main>\n");
        for (String tag : languages) {
            boolean own = tag.equals(first);
            if (!own) {
                page.append("<section lang=\"").append(tag).append("\">\n");
            }
            String heading = own ? "h1" : "h2";
            page.append('<')
                    .append(heading)
                    .append('>')
                    .append(escape(text(tag, topic + ".title")))
                    .append("</")
                    .append(heading)
                    .append(">\n<p>")
                    .append(escape(text(tag, topic + ".text")))
                    .append("</p>\n");
            if (own) {
                page.append("<p><a href=\"\">")
                        .append(escape(text(tag, topic + ".retry")))
                        .append("</a></p>\n");
            } else {
                page.append("</section>\n");
            }
        }
        return page.append("</main>\n</body>\n</html>\n").toString();
    }

    /** The API's answer, as RFC 9457 problem details. */
    static String problemJson() {
        return "{\"type\":\"about:blank\",\"title\":\"" + json(text("en", "unavailable.title")) + "\",\"status\":503,"
                + "\"detail\":\"" + json(text("en", "unavailable.api")) + "\"}";
    }

    static String text(String language, String key) {
        return ResourceBundle.getBundle(
                        BUNDLE,
                        Locale.forLanguageTag(language),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                .getString(key);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
