package fi.kohtaamo.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text the pages and beans ask for exists in English and in Finnish. */
class MessagesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/fi/kohtaamo/i18n");

    @Test
    void finnishAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(load("messages_fi.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }

    @Test
    void everyKeyUsedInPagesAndCodeExists() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Set<String> used = new HashSet<>();
        collect(Path.of("src/main/webapp"), Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]"), used);
        collect(
                Path.of("src/main/java"),
                Pattern.compile("language\\.text\\(\\s*\"([A-Za-z0-9_.]*[A-Za-z0-9_])\"\\s*[,)]"),
                used);
        collect(Path.of("src/main/java"), Pattern.compile("\"\\{([A-Za-z0-9_.]+)\\}\""), used);

        assertThat(used).hasSizeGreaterThan(50);
        assertThat(keys).containsAll(used);
    }

    /**
     * A text with arguments goes through {@link MessageFormat} (outputFormat, {@code Language.text(key, args)}), where
     * a single apostrophe starts a quoted stretch: "the team's {0}" would print {@code {0}} and lose the apostrophe.
     * Texts without arguments are shown as written, so a doubled apostrophe there would show twice.
     */
    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_fi.properties", "messages_sv.properties"})
    void everyTextRendersItsArgumentsAndApostrophes(String bundle) throws IOException {
        Properties texts = load(bundle);
        Pattern placeholder = Pattern.compile("\\{\\d+[^}]*\\}");
        Object[] arguments = {7, 7, 7, 7, 7, 7, 7, 7, 7, 7};
        List<String> wrong = new ArrayList<>();
        for (String key : texts.stringPropertyNames()) {
            String text = texts.getProperty(key);
            if (!placeholder.matcher(text).find()) {
                if (text.contains("''")) {
                    wrong.add(key + " has no arguments, so '' shows twice: " + text);
                }
                continue;
            }
            String rendered = new MessageFormat(text, Locale.ROOT).format(arguments);
            if (rendered.matches("(?s).*\\{\\d.*")) {
                wrong.add(key + " leaves a placeholder: " + rendered);
            }
            long apostrophes =
                    text.replace("''", "'").chars().filter(c -> c == '\'').count();
            if (rendered.chars().filter(c -> c == '\'').count() != apostrophes) {
                wrong.add(key + " loses an apostrophe (write it as ''): " + rendered);
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static void collect(Path root, Pattern pattern, Set<String> into) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    into.add(m.group(1));
                }
            }
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
