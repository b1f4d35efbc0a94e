package fi.kohtaamo.learning.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.content.entity.Audience;
import fi.kohtaamo.learning.entity.Status;
import fi.kohtaamo.learning.entity.Track;
import fi.kohtaamo.learning.entity.TrainingModule;
import fi.kohtaamo.platform.i18n.LocalizedText;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How "My learning" groups a learner's modules by track, made without a server. */
class TrackGroupTest {

    private static Track track(String id, String... modules) {
        Track track = new Track(id);
        LocalizedText text = new LocalizedText(id, id, id);
        track.describe(Audience.ALL, text, text, List.of(modules), "hash");
        return track;
    }

    private static LearningItem item(String moduleId, Status status, LocalDate due) {
        return new LearningItem(new TrainingModule(moduleId), new AssignedModule(moduleId, due, null), null, status, 0);
    }

    private static List<String> ids(TrackGroup group) {
        return group.items().stream().map(i -> i.module().getId()).toList();
    }

    @Test
    void modulesFollowTheirTracksOrderNotTheirDueDates() {
        Track staff = track("staff", "basics", "bouncing", "promises");
        List<LearningItem> soonestFirst = List.of(
                item("promises", Status.NOT_STARTED, LocalDate.of(2027, 1, 1)),
                item("basics", Status.COMPLETED, LocalDate.of(2027, 2, 1)),
                item("bouncing", Status.IN_PROGRESS, null));

        List<TrackGroup> groups = TrackGroup.of(List.of(staff), soonestFirst);

        assertThat(groups).hasSize(1);
        assertThat(ids(groups.get(0))).containsExactly("basics", "bouncing", "promises");
        assertThat(groups.get(0).getDone()).isEqualTo(1);
        assertThat(groups.get(0).getTotal()).isEqualTo(3);
        assertThat(groups.get(0).getPercent()).isEqualTo(33);
        assertThat(groups.get(0).getOpen()).extracting(i -> i.module().getId()).containsExactly("bouncing", "promises");
    }

    @Test
    void tracksKeepTheirOrderAndModulesInNoTrackComeLastInAGroupWithoutATrack() {
        Track first = track("a-first", "one");
        Track empty = track("b-empty", "nobody-has-this");
        Track second = track("c-second", "two", "one");
        List<LearningItem> items = List.of(
                item("loose", Status.OVERDUE, LocalDate.of(2026, 1, 1)),
                item("two", Status.NOT_STARTED, null),
                item("one", Status.COMPLETED, null));

        List<TrackGroup> groups = TrackGroup.of(List.of(first, empty, second), items);

        assertThat(groups)
                .extracting(g -> g.track() == null ? null : g.track().getId())
                .containsExactly("a-first", "c-second", null);
        assertThat(ids(groups.get(1))).as("a module in two tracks is in both").containsExactly("two", "one");
        assertThat(ids(groups.get(2))).containsExactly("loose");
    }

    @Test
    void nothingAssignedMakesNoGroups() {
        assertThat(TrackGroup.of(List.of(track("t", "m")), List.of())).isEmpty();
        assertThat(new TrackGroup(null, List.of()).getPercent()).isZero();
    }
}
