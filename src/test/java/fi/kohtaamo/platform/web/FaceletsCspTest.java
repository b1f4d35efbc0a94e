package fi.kohtaamo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Facelets keep to what the pages' Content-Security-Policy allows. PrimeFaces moves the event handlers of components
 * ({@code <p:commandButton onclick>}, {@code <h:commandLink>}) into nonced scripts, but not those written on plain HTML
 * elements, nor inline {@code <script>} blocks; and Mojarra's {@code f:ajax} runs scripts from its answers with
 * {@code eval}, which the policy forbids, so pages use PrimeFaces' {@code p:ajax}.
 */
class FaceletsCspTest {

    private static final Pattern HTML_EVENT_HANDLER =
            Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)(\\s[^>]*?)?\\son[a-z]+\\s*=");

    @Test
    void noFaceletUsesInlineScriptsHtmlEventHandlersOrMojarrasAjax() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
                String facelet = Files.readString(file);
                Matcher handler = HTML_EVENT_HANDLER.matcher(facelet);
                while (handler.find()) {
                    problems.add(file + ": event handler on <" + handler.group(1) + ">");
                }
                if (facelet.contains("<script")) {
                    problems.add(file + ": inline <script>");
                }
                if (facelet.contains("<f:ajax")) {
                    problems.add(file + ": f:ajax");
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
