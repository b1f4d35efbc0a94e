package fi.kohtaamo.survey.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.content.control.ContentFiles;
import fi.kohtaamo.content.control.ThemeParser;
import fi.kohtaamo.content.entity.Sentiment;
import fi.kohtaamo.content.entity.Theme;
import fi.kohtaamo.organisation.control.DemoOrganisation;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.organisation.entity.UnitKind;
import fi.kohtaamo.survey.entity.CommentTheme;
import fi.kohtaamo.survey.entity.CustomerResponse;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The demo's customer responses tell the story of {@link DemoOrganisation#STORIES} whatever day the demo is loaded on:
 * the comment tagger finds each unit's own complaint theme on top, the trained units gain against the not-yet-trained
 * ones after their start and moved alike before it, and the counter-example did not gain.
 */
class DemoResponsesTest {

    private static final CommentTagger TAGGER = new CommentTagger(
            ThemeParser.parse(ContentFiles.read(Path.of("content"))).vocabulary());

    private static final Unit REGION =
            new Unit("REGION", "Region", UnitKind.REGION, new Unit("PP", "Organisation", UnitKind.ORGANISATION, null));

    private static final List<Unit> UNITS = DemoOrganisation.STORIES.stream()
            .map(s -> new Unit(s.code(), s.code(), UnitKind.UNIT, REGION))
            .toList();

    /** Load days across a year, so that the story does not hold on one calendar alone. */
    static Stream<LocalDateTime> loadDays() {
        return Stream.of(
                LocalDateTime.of(2026, 12, 4, 21, 0),
                LocalDateTime.of(2027, 3, 15, 9, 0),
                LocalDateTime.of(2027, 6, 30, 16, 0),
                LocalDateTime.of(2027, 9, 1, 8, 0));
    }

    private static List<CustomerResponse> demo(LocalDateTime now) {
        return DemoResponses.generate(UNITS, now, new Random(2024));
    }

    @Test
    void everyComplaintReadsAsItsThemeAndNoPraiseAsAComplaint() {
        List<String> misread = new ArrayList<>();
        DemoResponses.COMPLAINTS.forEach((theme, texts) -> Stream.of(texts.fi(), texts.sv(), texts.en())
                .flatMap(List::stream)
                .filter(text -> !TAGGER.tag(text).contains(new CommentTheme(theme, Sentiment.COMPLAINT)))
                .forEach(text -> misread.add(text + " " + TAGGER.tag(text) + ", not " + theme + " complaint")));
        Stream.of(DemoResponses.PRAISE.fi(), DemoResponses.PRAISE.sv(), DemoResponses.PRAISE.en())
                .flatMap(List::stream)
                .filter(text -> TAGGER.tag(text).stream().anyMatch(t -> t.sentiment() == Sentiment.COMPLAINT))
                .forEach(text -> misread.add(text + " " + TAGGER.tag(text) + ", not praise"));
        assertThat(misread).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("loadDays")
    void severalHundredCommentsInThreeLanguagesWhoseTopComplaintIsTheUnitsOwn(LocalDateTime now) {
        List<CustomerResponse> responses = demo(now);
        List<String> comments = responses.stream()
                .map(CustomerResponse::getComment)
                .filter(c -> c != null)
                .toList();
        assertThat(comments.size())
                .as("comments of %d answers", responses.size())
                .isBetween(400, 1200);
        assertThat(comments.size() * 100 / responses.size())
                .as("share with a comment, %")
                .isBetween(8, 25);
        assertThat(comments)
                .containsAnyElementsOf(
                        DemoResponses.COMPLAINTS.get(Theme.WAITING).sv())
                .containsAnyElementsOf(
                        DemoResponses.COMPLAINTS.get(Theme.WAITING).en())
                .containsAnyElementsOf(
                        DemoResponses.COMPLAINTS.get(Theme.WAITING).fi());

        Map<String, Map<Theme, Integer>> complaints = new HashMap<>();
        for (CustomerResponse response : responses) {
            if (response.getComment() != null) {
                for (CommentTheme theme : TAGGER.tag(response.getComment())) {
                    if (theme.sentiment() == Sentiment.COMPLAINT) {
                        complaints
                                .computeIfAbsent(response.getUnit().getCode(), u -> new EnumMap<>(Theme.class))
                                .merge(theme.theme(), 1, Integer::sum);
                    }
                }
            }
        }
        for (DemoOrganisation.Story story : DemoOrganisation.STORIES) {
            Map<Theme, Integer> unit = complaints.get(story.code());
            Theme top = unit.entrySet().stream()
                    .max(Map.Entry.comparingByValue())
                    .orElseThrow()
                    .getKey();
            assertThat(top.id()).as(story.code() + " " + unit).isEqualTo(story.complaintTheme());
        }
        assertThat(DemoOrganisation.STORIES.stream()
                        .map(DemoOrganisation.Story::complaintTheme)
                        .distinct())
                .hasSizeGreaterThanOrEqualTo(3);
    }

    @ParameterizedTest
    @MethodSource("loadDays")
    void trainedUnitsGainAfterTheirStartAndMovedLikeTheOthersBefore(LocalDateTime now) {
        List<CustomerResponse> responses = demo(now);
        YearMonth current = YearMonth.from(now);
        double gain = 0;
        double before = 0;
        int trained = 0;
        for (DemoOrganisation.Story story : DemoOrganisation.STORIES) {
            if (!story.trained()
                    || story.code().equals(DemoOrganisation.COUNTER_EXAMPLE)
                    || story.startedMonthsAgo() < 6) {
                continue;
            }
            YearMonth start = current.minusMonths(story.startedMonthsAgo());
            double change = change(responses, story.code(), start) - controls(responses, start, Sampled.CHANGE);
            double pre = trend(responses, story.code(), start) - controls(responses, start, Sampled.TREND);
            gain += change;
            before += pre;
            trained++;
        }
        assertThat(trained).isGreaterThanOrEqualTo(4);
        assertThat(gain / trained)
                .as("mean gain against the not-yet-trained, NPS points")
                .isBetween(3.0, 12.0);
        assertThat(before / trained)
                .as("mean difference in the trend before the start (parallel trends)")
                .isBetween(-4.0, 4.0);
    }

    @ParameterizedTest
    @MethodSource("loadDays")
    void theCounterExampleDidNotGain(LocalDateTime now) {
        DemoOrganisation.Story story =
                DemoOrganisation.story(DemoOrganisation.COUNTER_EXAMPLE).orElseThrow();
        YearMonth start = YearMonth.from(now).minusMonths(story.startedMonthsAgo());

        assertThat(change(demo(now), story.code(), start))
                .as("after minus before, 6 + 6 months")
                .isLessThanOrEqualTo(0);
    }

    @Test
    void startsAreStaggeredOverTheTwoYearsWithUnitsNotYetTrained() {
        assertThat(DemoOrganisation.STORIES.stream()
                        .filter(DemoOrganisation.Story::trained)
                        .map(DemoOrganisation.Story::startedMonthsAgo)
                        .distinct())
                .hasSizeGreaterThanOrEqualTo(6)
                .allSatisfy(ago -> assertThat(ago).isBetween(2, 18));
        assertThat(DemoOrganisation.STORIES.stream().filter(s -> !s.trained())).hasSizeGreaterThanOrEqualTo(2);
        assertThat(DemoOrganisation.STORIES.stream()
                        .map(DemoOrganisation.Story::weakestFactor)
                        .distinct())
                .hasSizeGreaterThanOrEqualTo(2);
    }

    private enum Sampled {
        CHANGE,
        TREND
    }

    /** The not-yet-trained units' mean change or trend over the same months. */
    private static double controls(List<CustomerResponse> responses, YearMonth start, Sampled what) {
        return DemoOrganisation.STORIES.stream()
                .filter(s -> !s.trained())
                .mapToDouble(s ->
                        what == Sampled.CHANGE ? change(responses, s.code(), start) : trend(responses, s.code(), start))
                .average()
                .orElseThrow();
    }

    /** NPS in the six months from the start on minus the six before, as the insight pages compare them. */
    private static double change(List<CustomerResponse> responses, String unit, YearMonth start) {
        return nps(responses, unit, start, start.plusMonths(5))
                - nps(responses, unit, start.minusMonths(6), start.minusMonths(1));
    }

    /** NPS in the six months before the start minus the six before those. */
    private static double trend(List<CustomerResponse> responses, String unit, YearMonth start) {
        return nps(responses, unit, start.minusMonths(6), start.minusMonths(1))
                - nps(responses, unit, start.minusMonths(12), start.minusMonths(7));
    }

    private static double nps(List<CustomerResponse> responses, String unit, YearMonth from, YearMonth to) {
        int promoters = 0;
        int detractors = 0;
        int total = 0;
        for (CustomerResponse response : responses) {
            YearMonth month = YearMonth.from(response.getAnsweredAt());
            if (response.getUnit().getCode().equals(unit) && !month.isBefore(from) && !month.isAfter(to)) {
                total++;
                promoters += response.getNps() >= 9 ? 1 : 0;
                detractors += response.getNps() <= 6 ? 1 : 0;
            }
        }
        assertThat(total).as(unit + " answers " + from + "–" + to).isPositive();
        return 100.0 * (promoters - detractors) / total;
    }
}
