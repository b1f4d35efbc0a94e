package fi.kohtaamo.survey.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.platform.i18n.Language;
import fi.kohtaamo.survey.control.ImportMapping.Field;
import fi.kohtaamo.survey.control.ImportRowParser.Problem;
import fi.kohtaamo.survey.control.ImportRowParser.Reason;
import fi.kohtaamo.survey.entity.Channel;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Rows as people and tools write them, and every way a row can be wrong. */
class ImportRowParserTest {

    private static final List<String> HEADERS =
            List.of("Yksikkö", "Päivämäärä", "Suositteluhalukkuus", "Tyytyväisyys", "Avoin palaute", "Kanava", "ID");

    private final ImportRowParser parser = new ImportRowParser(
            ImportMapping.propose(HEADERS),
            code -> code.equals("HKI") ? Optional.of(7L) : Optional.empty(),
            Channel.OTHER,
            LocalDateTime.of(2026, 11, 23, 12, 0));

    @Test
    void proposesTheMappingFromFinnishAndEnglishHeaders() {
        assertThat(ImportMapping.propose(HEADERS).columns())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        Field.UNIT, 0,
                        Field.ANSWERED_AT, 1,
                        Field.NPS, 2,
                        Field.CSAT, 3,
                        Field.COMMENT, 4,
                        Field.CHANNEL, 5,
                        Field.EXTERNAL_ID, 6));
        assertThat(ImportMapping.propose(List.of(
                                "Response ID",
                                "Store",
                                "End Date",
                                "How likely are you to recommend us to a friend?",
                                "What is the main reason for your score?"))
                        .columns())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        Field.EXTERNAL_ID, 0, Field.UNIT, 1, Field.ANSWERED_AT, 2, Field.NPS, 3, Field.COMMENT, 4));
    }

    @Test
    void aSavedMappingAppliesByColumnNameWhereverTheColumnsAre() {
        ImportMapping mapping = ImportMapping.propose(HEADERS);
        String saved = mapping.save(HEADERS);

        List<String> reordered = List.of("ID", "Suositteluhalukkuus", "Yksikkö", "Päivämäärä", "Extra");
        assertThat(ImportMapping.restore(saved, reordered)).isEmpty();
        ImportMapping partial = ImportMapping.of(Map.of(Field.UNIT, 0, Field.ANSWERED_AT, 1, Field.NPS, 2));
        assertThat(ImportMapping.restore(partial.save(HEADERS), reordered)
                        .orElseThrow()
                        .columns())
                .containsExactlyInAnyOrderEntriesOf(Map.of(Field.UNIT, 2, Field.ANSWERED_AT, 3, Field.NPS, 1));
        assertThat(ImportMapping.of(Map.of(Field.UNIT, 0)).missing()).containsExactly(Field.ANSWERED_AT, Field.NPS);
    }

    @Test
    void readsFinnishDatesDecimalCommasAndChannelNames() {
        ImportRowParser.Result result =
                parser.parse(List.of("HKI", "22.11.2026 klo 14.05", "9,0", "4", "  Kiitos! ", "Käynti", ""));

        assertThat(result.problems()).isEmpty();
        assertThat(result.row().unitId()).isEqualTo(7L);
        assertThat(result.row().answeredAt()).isEqualTo(LocalDateTime.of(2026, 11, 22, 14, 5));
        assertThat(result.row().nps()).isEqualTo(9);
        assertThat(result.row().csat()).isEqualTo(4);
        assertThat(result.row().comment()).isEqualTo("Kiitos!");
        assertThat(result.row().channel()).isEqualTo(Channel.VISIT);
        assertThat(result.row().externalId()).isNull();
    }

    @Test
    void readsIsoDatesWithAndWithoutOffsets() {
        assertThat(ImportRowParser.parseDate("2026-11-22T14:05:30"))
                .contains(LocalDateTime.of(2026, 11, 22, 14, 5, 30));
        assertThat(ImportRowParser.parseDate("2026-11-22 14:05")).contains(LocalDateTime.of(2026, 11, 22, 14, 5));
        assertThat(ImportRowParser.parseDate("2026-11-22T12:05:00Z")).contains(LocalDateTime.of(2026, 11, 22, 14, 5));
        assertThat(ImportRowParser.parseDate("2026-07-01T12:00:00+0000")).contains(LocalDateTime.of(2026, 7, 1, 15, 0));
        assertThat(ImportRowParser.parseDate("1.7.2026")).contains(LocalDateTime.of(2026, 7, 1, 0, 0));
        assertThat(ImportRowParser.parseDate("31.2.2026")).isEmpty();
        assertThat(ImportRowParser.parseDate("11/22/2026")).isEmpty();
    }

    @Test
    void listsEveryProblemOfARowAtOnce() {
        ImportRowParser.Result result =
                parser.parse(List.of("TKU", "24.12.2026 10:00", "=SUM(A1:A2)", "6", "x".repeat(4001), "telepathy", ""));

        assertThat(result.valid()).isFalse();
        assertThat(result.problems())
                .extracting(Problem::field, Problem::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Field.UNIT, Reason.UNKNOWN_UNIT),
                        org.assertj.core.groups.Tuple.tuple(Field.ANSWERED_AT, Reason.FUTURE_DATE),
                        org.assertj.core.groups.Tuple.tuple(Field.NPS, Reason.NOT_A_WHOLE_NUMBER),
                        org.assertj.core.groups.Tuple.tuple(Field.CSAT, Reason.CSAT_RANGE),
                        org.assertj.core.groups.Tuple.tuple(Field.COMMENT, Reason.TOO_LONG),
                        org.assertj.core.groups.Tuple.tuple(Field.CHANNEL, Reason.UNKNOWN_CHANNEL));
    }

    @Test
    void missingRequiredValuesAndOutOfRangeScoresAreNamed() {
        assertThat(parser.parse(List.of("", "", "", "", "", "", "")).problems())
                .extracting(Problem::reason)
                .containsExactly(Reason.MISSING, Reason.MISSING, Reason.MISSING);
        assertThat(parser.parse(List.of("HKI", "1.1.2026", "11", "", "", "", ""))
                        .problems())
                .containsExactly(new Problem(Field.NPS, "11", Reason.NPS_RANGE));
        assertThat(parser.parse(List.of("HKI", "1.1.2026", "7,5", "", "", "", ""))
                        .problems())
                .containsExactly(new Problem(Field.NPS, "7,5", Reason.NOT_A_WHOLE_NUMBER));
        assertThat(parser.parse(List.of("HKI", "1.1.2026", "8")).problems())
                .as("short rows leave the missing optional cells empty")
                .isEmpty();
    }

    @Test
    void theSameResponseGivesTheSameKeyAsTheApiAndSurveyPage() {
        ImportRowParser.Row row = parser.parse(List.of("HKI", "2026-11-22 14:05", "9", "", "Hyvä", "visit", ""))
                .row();
        ImportRowParser.Row again = parser.parse(
                        List.of("hki".toUpperCase(), "22.11.2026 14:05", "9", "", " Hyvä", "Käynti", ""))
                .row();
        ImportRowParser.Row withId = parser.parse(List.of("HKI", "2026-11-22 14:05", "9", "", "Hyvä", "", "abc"))
                .row();

        assertThat(again.dedupeKey()).isEqualTo(row.dedupeKey());
        assertThat(withId.dedupeKey()).isNotEqualTo(row.dedupeKey());
    }

    private final ImportRowParser visits = new ImportRowParser(
            ImportMapping.propose(List.of("Yksikkö", "Käyntipäivä", "Vastausaika", "NPS")),
            code -> code.equals("HKI") ? Optional.of(7L) : Optional.empty(),
            Channel.OTHER,
            LocalDateTime.of(2026, 11, 23, 12, 0));

    @Test
    void readsTheVisitDateAndLeavesItUnknownWhenTheCellIsEmpty() {
        ImportRowParser.Row visited = visits.parse(List.of("HKI", "30.10.2026 16.45", "2.11.2026 9:00", "9"))
                .row();
        ImportRowParser.Row unknown =
                visits.parse(List.of("HKI", "", "2.11.2026 9:00", "9")).row();

        assertThat(visited.visitedAt()).isEqualTo(LocalDateTime.of(2026, 10, 30, 16, 45));
        assertThat(visited.answeredAt()).isEqualTo(LocalDateTime.of(2026, 11, 2, 9, 0));
        assertThat(unknown.visitedAt()).isNull();
        assertThat(parser.parse(List.of("HKI", "1.1.2026", "8")).row().visitedAt())
                .as("a file without a visit column")
                .isNull();
    }

    @Test
    void aBadVisitDateIsNamedWithItsOwnReason() {
        assertThat(visits.parse(List.of("HKI", "eilen", "2.11.2026 9:00", "9")).problems())
                .containsExactly(new Problem(Field.VISITED_AT, "eilen", Reason.BAD_DATE));
        assertThat(visits.parse(List.of("HKI", "24.11.2026", "2.11.2026 9:00", "9"))
                        .problems())
                .containsExactly(new Problem(Field.VISITED_AT, "24.11.2026", Reason.FUTURE_DATE));
        assertThat(visits.parse(List.of("HKI", "2.11.2026 9:30", "2.11.2026 9:00", "9"))
                        .problems())
                .containsExactly(new Problem(Field.VISITED_AT, "2.11.2026 9:30", Reason.VISIT_AFTER_ANSWER));
        assertThat(visits.parse(List.of("HKI", "2.11.2026 9:00", "2.11.2026 9:00", "9"))
                        .problems())
                .as("a visit at the very time of the answer")
                .isEmpty();
    }

    @Test
    void theVisitReasonsReadAsTheRowErrorsDoInEveryLanguage() {
        assertThat(reason(Locale.ROOT, Reason.VISIT_AFTER_ANSWER)).isEqualTo("the visit is after the answer");
        assertThat(reason(new Locale("fi"), Reason.VISIT_AFTER_ANSWER)).isEqualTo("käynti on vastauksen jälkeen");
        assertThat(reason(new Locale("sv"), Reason.VISIT_AFTER_ANSWER)).isEqualTo("besöket är efter svaret");
        assertThat(reason(Locale.ROOT, Reason.BAD_DATE))
                .isEqualTo("not a date (write 22.11.2026 14:05 or 2026-11-22T14:05)");
    }

    private static String reason(Locale locale, Reason reason) {
        return ResourceBundle.getBundle(Language.BUNDLE, locale).getString("import.reason." + reason.name());
    }
}
