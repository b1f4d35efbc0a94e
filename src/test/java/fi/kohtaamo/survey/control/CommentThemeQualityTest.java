package fi.kohtaamo.survey.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.content.control.ContentFiles;
import fi.kohtaamo.content.control.ThemeParser;
import fi.kohtaamo.content.entity.Sentiment;
import fi.kohtaamo.content.entity.Theme;
import fi.kohtaamo.survey.entity.CommentTheme;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The tagger's quality measured on {@code labelled-comments.tsv}: comments in Finnish, Swedish and English written for
 * this test, with the themes a reader finds in them. It prints precision, recall and F1 per theme and language, and
 * how often the sentiment of a theme found is the labelled one, and fails below a macro F1 of 0.75 (the mean of the
 * themes' F1).
 */
class CommentThemeQualityTest {

    static final double MINIMUM_MACRO_F1 = 0.75;

    record Labelled(String language, Map<Theme, Sentiment> themes, String text) {}

    static List<Labelled> labelled() throws IOException {
        List<Labelled> comments = new ArrayList<>();
        for (String line : Files.readAllLines(
                Path.of("src/test/resources/fi/kohtaamo/survey/control/labelled-comments.tsv"),
                StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            Map<Theme, Sentiment> themes = new EnumMap<>(Theme.class);
            if (!cells[1].equals("-")) {
                for (String label : cells[1].split(",")) {
                    String[] parts = label.split(":");
                    themes.put(
                            Theme.of(parts[0]),
                            parts.length < 2 ? null : parts[1].equals("p") ? Sentiment.PRAISE : Sentiment.COMPLAINT);
                }
            }
            comments.add(new Labelled(cells[0], themes, cells[2]));
        }
        return comments;
    }

    @Test
    void macroF1OverTheLabelledCommentsIsAtLeastThreeQuarters() throws IOException {
        CommentTagger tagger = new CommentTagger(
                ThemeParser.parse(ContentFiles.read(Path.of("content"))).vocabulary());
        List<Labelled> comments = labelled();
        assertThat(comments).hasSizeGreaterThanOrEqualTo(200);
        assertThat(comments.stream().map(Labelled::language).distinct()).containsExactlyInAnyOrder("fi", "sv", "en");

        int[][] counts = new int[Theme.values().length][3]; // true positives, false positives, false negatives
        int sentimentsLabelled = 0;
        int sentimentsRight = 0;
        StringBuilder misses = new StringBuilder();
        for (Labelled comment : comments) {
            Map<Theme, Sentiment> found = new EnumMap<>(Theme.class);
            for (CommentTheme theme : tagger.tag(comment.text())) {
                found.put(theme.theme(), theme.sentiment());
            }
            for (Theme theme : Theme.values()) {
                boolean expected = comment.themes().containsKey(theme);
                boolean got = found.containsKey(theme);
                if (expected && got) {
                    counts[theme.ordinal()][0]++;
                    if (comment.themes().get(theme) != null) {
                        sentimentsLabelled++;
                        sentimentsRight += comment.themes().get(theme) == found.get(theme) ? 1 : 0;
                    }
                } else if (got) {
                    counts[theme.ordinal()][1]++;
                } else if (expected) {
                    counts[theme.ordinal()][2]++;
                }
            }
            if (!found.keySet().equals(comment.themes().keySet())) {
                misses.append(String.format(
                        "  %s %s -> %s: %s%n", comment.language(), comment.themes(), found, comment.text()));
            }
        }
        double sumF1 = 0;
        double sumPrecision = 0;
        double sumRecall = 0;
        StringBuilder report = new StringBuilder(String.format(
                "Comment themes on %d labelled comments%n%-14s %9s %6s %5s%n",
                comments.size(), "theme", "precision", "recall", "F1"));
        for (Theme theme : Theme.values()) {
            int[] c = counts[theme.ordinal()];
            double precision = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
            double recall = c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            sumF1 += f1;
            sumPrecision += precision;
            sumRecall += recall;
            report.append(String.format(Locale.ROOT, "%-14s %9.2f %6.2f %5.2f%n", theme.id(), precision, recall, f1));
        }
        int n = Theme.values().length;
        double macroF1 = sumF1 / n;
        report.append(String.format(
                Locale.ROOT,
                "macro          %9.2f %6.2f %5.2f%nsentiment right in %d of %d themes found with a labelled one"
                        + " (%.2f)%n",
                sumPrecision / n,
                sumRecall / n,
                macroF1,
                sentimentsRight,
                sentimentsLabelled,
                sentimentsLabelled == 0 ? 0 : (double) sentimentsRight / sentimentsLabelled));
        System.out.print(report);
        System.out.print("Comments read differently from their labels:\n" + misses);

        assertThat(macroF1).as(report.toString()).isGreaterThanOrEqualTo(MINIMUM_MACRO_F1);
    }

    static List<String> languages() {
        return Arrays.asList("fi", "sv", "en");
    }
}
