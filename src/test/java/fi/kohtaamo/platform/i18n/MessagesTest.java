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

/** Every text the pages and beans ask for exists in English, Finnish and Swedish, with the same arguments. */
class MessagesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/fi/kohtaamo/i18n");
    private static final Pattern ARGUMENT = Pattern.compile("\\{([A-Za-z0-9_]+)");

    @ParameterizedTest
    @ValueSource(strings = {"messages_fi.properties", "messages_sv.properties"})
    void everyLanguageHasTheKeysOfEnglish(String bundle) throws IOException {
        assertThat(load(bundle).stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }

    /** A translation that drops or invents an argument ({0}, {1}, {max}) would show a wrong or missing figure. */
    @ParameterizedTest
    @ValueSource(strings = {"messages_fi.properties", "messages_sv.properties"})
    void everyTranslationUsesTheArgumentsOfEnglish(String bundle) throws IOException {
        Properties english = load("messages.properties");
        Properties translated = load(bundle);
        List<String> wrong = new ArrayList<>();
        for (String key : english.stringPropertyNames()) {
            String text = translated.getProperty(key);
            if (text != null && !arguments(text).equals(arguments(english.getProperty(key)))) {
                wrong.add(key + " uses " + arguments(text) + ", English " + arguments(english.getProperty(key)));
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void argumentsAreTheNamesAndNumbersInBraces() {
        assertThat(arguments("{0}: {1,choice,0#none|1#one|1<{1} units} by {max}"))
                .containsExactly("0", "1", "max");
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

    private static Set<String> arguments(String text) {
        Set<String> found = new java.util.TreeSet<>();
        Matcher m = ARGUMENT.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
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
