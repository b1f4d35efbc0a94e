package fi.kohtaamo.content.control;

import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders content Markdown to HTML with commonmark-java. Raw HTML in the source is escaped, never passed through,
 * and link targets are sanitised, so content can never inject script. Links to other steps ({@code step:03}) become
 * whatever address the caller gives for that step.
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            // commonmark also allows data: addresses, which could carry a page of their own: not here.
            .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
            .build();
    static final Pattern STEP_LINK = Pattern.compile("\\]\\(step:(\\d{2})\\)");

    private Markdown() {}

    public static String toHtml(String markdown) {
        return RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
    }

    /** Renders with links to step {@code NN} replaced by {@code stepAddress.apply(NN)}. */
    public static String toHtml(String markdown, IntFunction<String> stepAddress) {
        Matcher link = STEP_LINK.matcher(markdown == null ? "" : markdown);
        StringBuilder rewritten = new StringBuilder();
        while (link.find()) {
            link.appendReplacement(
                    rewritten,
                    Matcher.quoteReplacement("](" + stepAddress.apply(Integer.parseInt(link.group(1))) + ")"));
        }
        link.appendTail(rewritten);
        return toHtml(rewritten.toString());
    }
}
