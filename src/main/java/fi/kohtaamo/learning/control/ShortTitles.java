package fi.kohtaamo.learning.control;

import fi.kohtaamo.content.entity.Audience;
import fi.kohtaamo.learning.entity.Track;
import fi.kohtaamo.learning.entity.TrainingModule;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Short titles for modules, such as "E2" for the second module of the staff track, for a table with a column per
 * module: a letter for whom the module is written (the track's audience, in the reader's language) and the module's
 * number among that audience's modules, counted through the tracks in their order and then through the modules that
 * are in no track. Each title is unique; a module in two tracks keeps the title of the first.
 *
 * <pre>{@code
 * Map<String, String> titles = ShortTitles.of(tracks, List.of("no-bouncing", "coaching-your-team"), modules,
 *         audience -> language.text("team.short." + audience));
 * titles.get("no-bouncing"); // "E2", in the order the tracks give
 * }</pre>
 */
public final class ShortTitles {

    private ShortTitles() {}

    /**
     * The short title of each given module, in the tracks' order (then the order of {@code modules} for modules in no
     * track).
     *
     * @param tracks the tracks in their order
     * @param moduleIds the modules to title; others in the tracks are counted but left out
     * @param modules every module by id, for the audience of a module in no track
     * @param letter the letter of an audience
     */
    public static Map<String, String> of(
            List<Track> tracks,
            Collection<String> moduleIds,
            Map<String, TrainingModule> modules,
            Function<Audience, String> letter) {
        Set<String> wanted = Set.copyOf(moduleIds);
        Map<Audience, Integer> counts = new EnumMap<>(Audience.class);
        Map<String, String> numbered = new LinkedHashMap<>();
        for (Track track : tracks) {
            for (String id : track.getModuleIds()) {
                if (modules.containsKey(id) && !numbered.containsKey(id)) {
                    numbered.put(id, title(track.getAudience(), counts, letter));
                }
            }
        }
        for (TrainingModule module : modules.values()) {
            if (!numbered.containsKey(module.getId())) {
                numbered.put(module.getId(), title(module.getAudience(), counts, letter));
            }
        }
        Map<String, String> titles = new LinkedHashMap<>();
        numbered.forEach((id, title) -> {
            if (wanted.contains(id)) {
                titles.put(id, title);
            }
        });
        return titles;
    }

    private static String title(Audience audience, Map<Audience, Integer> counts, Function<Audience, String> letter) {
        Audience key = audience == null ? Audience.ALL : audience;
        return letter.apply(key) + counts.merge(key, 1, Integer::sum);
    }
}
