package fi.kohtaamo.learning.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.content.entity.Audience;
import fi.kohtaamo.learning.entity.Track;
import fi.kohtaamo.learning.entity.TrainingModule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShortTitlesTest {

    private static final Map<Audience, String> LETTERS =
            Map.of(Audience.EMPLOYEE, "E", Audience.SUPERVISOR, "S", Audience.ALL, "M");

    private final Map<String, TrainingModule> modules = new LinkedHashMap<>();

    private void module(String id, Audience audience) {
        TrainingModule module = new TrainingModule(id);
        module.describe(audience, 10, 80, null, null, "");
        modules.put(id, module);
    }

    private static Track track(String id, Audience audience, String... moduleIds) {
        Track track = new Track(id);
        track.describe(audience, null, null, List.of(moduleIds), "hash");
        return track;
    }

    private Map<String, String> titles(List<Track> tracks, List<String> wanted) {
        return ShortTitles.of(tracks, wanted, modules, LETTERS::get);
    }

    @Test
    void modulesAreNumberedInTheirTracksOrderUnderTheirAudiencesLetter() {
        module("a-basics", Audience.EMPLOYEE);
        module("b-coaching", Audience.SUPERVISOR);
        module("c-promises", Audience.EMPLOYEE);
        module("d-leading", Audience.SUPERVISOR);
        List<Track> tracks = List.of(
                track("staff", Audience.EMPLOYEE, "c-promises", "a-basics"),
                track("supervisor", Audience.SUPERVISOR, "d-leading", "b-coaching"));

        assertThat(titles(tracks, List.copyOf(modules.keySet())))
                .containsExactly(
                        Map.entry("c-promises", "E1"),
                        Map.entry("a-basics", "E2"),
                        Map.entry("d-leading", "S1"),
                        Map.entry("b-coaching", "S2"));
    }

    @Test
    void aTitleMeansTheSameModuleWhicheverModulesAreAskedFor() {
        module("a-basics", Audience.EMPLOYEE);
        module("b-bouncing", Audience.EMPLOYEE);
        List<Track> tracks = List.of(track("staff", Audience.EMPLOYEE, "a-basics", "b-bouncing"));

        assertThat(titles(tracks, List.of("b-bouncing"))).containsExactly(Map.entry("b-bouncing", "E2"));
    }

    @Test
    void modulesInNoTrackFollowTheTracksAndAModuleInTwoTracksKeepsItsFirstTitle() {
        module("a-basics", Audience.EMPLOYEE);
        module("b-extra", Audience.EMPLOYEE);
        module("c-everyone", Audience.ALL);
        module("d-shared", Audience.EMPLOYEE);
        List<Track> tracks = List.of(
                track("first", Audience.EMPLOYEE, "a-basics", "d-shared"),
                track("second", Audience.EMPLOYEE, "d-shared", "retired-module"));

        assertThat(titles(tracks, List.copyOf(modules.keySet())))
                .containsExactly(
                        Map.entry("a-basics", "E1"),
                        Map.entry("d-shared", "E2"),
                        Map.entry("b-extra", "E3"),
                        Map.entry("c-everyone", "M1"));
    }
}
