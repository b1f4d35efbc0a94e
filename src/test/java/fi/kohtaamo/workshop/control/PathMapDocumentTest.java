package fi.kohtaamo.workshop.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kohtaamo.workshop.control.PathMapDocument.Mark;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class PathMapDocumentTest {

    static final String MAP = """
            {"lanes": [{"id": "customer", "name": "Customer"}, {"id": "paint", "name": "Paint desk"},
                       {"id": "tools", "name": "Tool desk"}],
             "touchpoints": [
               {"id": "t1", "lane": "customer", "text": "Asks about a deck stain", "marks": [], "emotion": 0},
               {"id": "t2", "lane": "paint", "text": "Sent to the tool desk", "marks": ["bounce", "repeat"], "emotion": -2},
               {"id": "t3", "lane": "tools", "text": "Waits for the one who knows", "marks": ["wait"], "emotion": -1,
                "commitmentId": 77},
               {"id": "t4", "lane": "tools", "text": "Gets the answer", "marks": ["moment-of-truth"], "emotion": 1}
             ]}
            """;

    static final ResourceBundle ENGLISH = ResourceBundle.getBundle("fi.kohtaamo.i18n.messages", java.util.Locale.UK);

    @Test
    void readsLanesTouchpointsMarksAndFeelings() {
        PathMapDocument map = PathMapDocument.parse(MAP);

        assertThat(map.lanes())
                .extracting(PathMapDocument.Lane::name)
                .containsExactly("Customer", "Paint desk", "Tool desk");
        assertThat(map.touchpoints().get(1).marks()).containsExactlyInAnyOrder(Mark.BOUNCE, Mark.REPEAT);
        assertThat(map.touchpoints().get(1).emotion()).isEqualTo(-2);
        assertThat(map.count(Mark.BOUNCE)).isEqualTo(1);
        assertThat(map.count(Mark.WAIT)).isEqualTo(1);
        assertThat(map.handOffs())
                .as("customer → paint → tools, then tools again")
                .isEqualTo(2);
        assertThat(map.handOffBefore(3)).isFalse();
    }

    @Test
    void writesWhatItReads() {
        PathMapDocument map = PathMapDocument.parse(MAP);

        assertThat(PathMapDocument.parse(map.json())).isEqualTo(map);
    }

    @Test
    void editorCannotSetOrChangeACommitmentLink() {
        PathMapDocument stored = PathMapDocument.parse(MAP);
        PathMapDocument sent = PathMapDocument.parse(MAP.replace("\"commitmentId\": 77", "\"commitmentId\": 5")
                .replace("\"emotion\": 0}", "\"emotion\": 0, \"commitmentId\": 9}"));

        PathMapDocument kept = sent.keepingCommitmentsOf(stored);

        assertThat(kept.touchpoint("t3").commitmentId()).isEqualTo(77L);
        assertThat(kept.touchpoint("t1").commitmentId()).isNull();
    }

    @Test
    void feelingOutsideTheScaleIsNamed() {
        assertProblem(
                MAP.replace("\"emotion\": -2", "\"emotion\": -3"),
                "touchpoints[1].emotion",
                "The feeling is a whole number from −2 to +2.");
        assertProblem(
                MAP.replace("\"emotion\": 1", "\"emotion\": 1.5"),
                "touchpoints[3].emotion",
                "The feeling is a whole number from −2 to +2.");
    }

    @Test
    void unknownMarkIsNamed() {
        assertProblem(
                MAP.replace("\"wait\"", "\"late\""),
                "touchpoints[2].marks",
                "Marks are bounce, wait, repeat and moment-of-truth.");
    }

    @Test
    void touchpointInALaneTheMapLacksIsRefused() {
        assertProblem(
                MAP.replace("\"lane\": \"tools\", \"text\": \"Gets", "\"lane\": \"garden\", \"text\": \"Gets"),
                "touchpoints[3].lane",
                "The touchpoint is in a lane that the map does not have.");
    }

    @Test
    void sizesAndCountsAreLimited() {
        assertProblem(
                MAP.replace("Paint desk", "P".repeat(61)), "lanes[1].name", "A lane name has at most 60 characters.");
        assertProblem(
                MAP.replace("Gets the answer", "x".repeat(201)),
                "touchpoints[3].text",
                "A touchpoint's text has at most 200 characters.");
        assertProblem(
                MAP.replace("\"name\": \"Customer\"", "\"name\": \"  \""), "lanes[0].name", "Give the lane a name.");
        StringBuilder lanes = new StringBuilder("{\"lanes\": [");
        for (int i = 0; i < 13; i++) {
            lanes.append(i == 0 ? "" : ",").append("{\"id\": \"l").append(i).append("\", \"name\": \"L\"}");
        }
        assertProblem(lanes + "]}", "lanes", "A map has at most 12 lanes.");
        StringBuilder points = new StringBuilder("{\"lanes\": [{\"id\": \"a\", \"name\": \"A\"}], \"touchpoints\": [");
        for (int i = 0; i < 61; i++) {
            points.append(i == 0 ? "" : ",").append("{\"id\": \"t").append(i).append("\", \"lane\": \"a\"}");
        }
        assertProblem(points + "]}", "touchpoints", "A map has at most 60 touchpoints.");
    }

    @Test
    void idsAreUniqueAndPlain() {
        assertProblem(
                MAP.replace("\"id\": \"t2\"", "\"id\": \"t1\""), "touchpoints[1].id", "Two items have the same id.");
        assertProblem(
                MAP.replace("\"id\": \"t2\"", "\"id\": \"<b>\""),
                "touchpoints[1].id",
                "The id must be 1–40 letters, digits, hyphens or underscores.");
    }

    @Test
    void somethingThatIsNotAMapIsUnreadable() {
        assertProblem("[1, 2]", "map", "The map could not be read.");
        assertProblem("{\"lanes\": []}", "lanes", "A map needs at least one lane.");
        assertProblem("{\"lanes\": \"Customer\"}", "lanes", "This must be a list.");
    }

    private static void assertProblem(String json, String field, String message) {
        assertThatThrownBy(() -> PathMapDocument.parse(json)).isInstanceOfSatisfying(PathMapProblem.class, problem -> {
            assertThat(problem.field()).isEqualTo(field);
            assertThat(new java.text.MessageFormat(ENGLISH.getString(problem.messageKey()), java.util.Locale.UK)
                            .format(problem.arguments()))
                    .isEqualTo(message);
        });
    }
}
