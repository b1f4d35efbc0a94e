package fi.kohtaamo.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

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
