package fi.kohtaamo.survey.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.survey.control.ImportMapping.Field;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The proposed column mapping for the headers that survey tools and spreadsheets really write, in each of Kohtaamo's
 * languages: every field a file has is found, and no column is taken for two fields.
 */
class ImportMappingTest {

    @Test
    void swedishHeadersAreRecognised() {
        assertProposed(
                List.of("Enhet", "Besvarad", "Rekommendation", "Nöjdhet", "Kommentar", "Kanal", "Svars-ID"),
                Map.of(
                        Field.UNIT, 0,
                        Field.ANSWERED_AT, 1,
                        Field.NPS, 2,
                        Field.CSAT, 3,
                        Field.COMMENT, 4,
                        Field.CHANNEL, 5,
                        Field.EXTERNAL_ID, 6));
        assertProposed(
                List.of("Besvarad den", "Kontor", "Hur troligt är det att du skulle rekommendera oss?", "Synpunkter"),
                Map.of(Field.ANSWERED_AT, 0, Field.UNIT, 1, Field.NPS, 2, Field.COMMENT, 3));
        assertProposed(
                List.of("Datum", "Enhetskod", "Kundnöjdhet", "Fritext"),
                Map.of(Field.ANSWERED_AT, 0, Field.UNIT, 1, Field.CSAT, 2, Field.COMMENT, 3));
    }

    @Test
    void finnishHeadersAreRecognised() {
        assertProposed(
                List.of("Aikaleima", "Toimipiste", "Suositteluhalukkuus (0-10)", "Tyytyväisyys", "Avoin palaute"),
                Map.of(Field.ANSWERED_AT, 0, Field.UNIT, 1, Field.NPS, 2, Field.CSAT, 3, Field.COMMENT, 4));
        assertProposed(
                List.of("Vastaustunnus", "Päivämäärä", "Yksikkö", "Kuinka todennäköisesti suosittelisit meitä?"),
                Map.of(Field.EXTERNAL_ID, 0, Field.ANSWERED_AT, 1, Field.UNIT, 2, Field.NPS, 3));
    }

    @Test
    void englishHeadersAreRecognised() {
        assertProposed(
                List.of(
                        "Response ID",
                        "Submitted",
                        "Store",
                        "How likely are you to recommend us?",
                        "Satisfaction",
                        "Comments"),
                Map.of(
                        Field.EXTERNAL_ID, 0,
                        Field.ANSWERED_AT, 1,
                        Field.UNIT, 2,
                        Field.NPS, 3,
                        Field.CSAT, 4,
                        Field.COMMENT, 5));
    }

    @Test
    void theTimeAFormWasCompletedWinsOverTheTimeItWasStarted() {
        assertThat(ImportMapping.propose(List.of("Starttid", "Slutförandetid", "Enhet", "NPS"))
                        .columns()
                        .get(Field.ANSWERED_AT))
                .isEqualTo(1);
        assertThat(ImportMapping.propose(List.of("Aloitusaika", "Valmistumisaika", "Yksikkö", "NPS"))
                        .columns()
                        .get(Field.ANSWERED_AT))
                .isEqualTo(1);
    }

    @Test
    void aVisitDateColumnIsRecognisedInEachLanguageAndNotTakenForTheAnswer() {
        assertProposed(
                List.of("Yksikkö", "Käyntipäivä", "Vastausaika", "NPS"),
                Map.of(Field.UNIT, 0, Field.VISITED_AT, 1, Field.ANSWERED_AT, 2, Field.NPS, 3));
        assertProposed(
                List.of("Enhet", "Besöksdatum", "Besvarad", "NPS"),
                Map.of(Field.UNIT, 0, Field.VISITED_AT, 1, Field.ANSWERED_AT, 2, Field.NPS, 3));
        assertProposed(
                List.of("Store", "Visit date", "Date", "NPS"),
                Map.of(Field.UNIT, 0, Field.VISITED_AT, 1, Field.ANSWERED_AT, 2, Field.NPS, 3));
        assertProposed(
                List.of("Toimipiste", "Käynnin päivämäärä", "Päivämäärä", "NPS"),
                Map.of(Field.UNIT, 0, Field.VISITED_AT, 1, Field.ANSWERED_AT, 2, Field.NPS, 3));
        assertProposed(
                List.of("Store", "Date of the visit", "Submitted", "NPS"),
                Map.of(Field.UNIT, 0, Field.VISITED_AT, 1, Field.ANSWERED_AT, 2, Field.NPS, 3));
    }

    @Test
    void aFileWithoutAVisitColumnMapsNone() {
        assertThat(ImportMapping.propose(List.of("Yksikkö", "Päivämäärä", "NPS", "Visit ID"))
                        .columns())
                .doesNotContainKey(Field.VISITED_AT)
                .containsEntry(Field.ANSWERED_AT, 1);
    }

    private static void assertProposed(List<String> headers, Map<Field, Integer> expected) {
        assertThat(ImportMapping.propose(headers).columns())
                .as(headers.toString())
                .containsAllEntriesOf(expected);
    }
}
