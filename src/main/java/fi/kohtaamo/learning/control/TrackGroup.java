package fi.kohtaamo.learning.control;

import fi.kohtaamo.learning.entity.Status;
import fi.kohtaamo.learning.entity.Track;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A learner's modules of one track, in the track's order, with how many of them are done: how "My learning" and the
 * employee's home group what is assigned.
 *
 * @param track the track, or {@code null} for the group of modules that belong to no track
 */
public record TrackGroup(Track track, List<LearningItem> items) {

    /**
     * Groups items by the tracks their modules belong to, in the order of {@code tracks} and each track's own module
     * order; a module in two tracks is listed in both. Items whose module is in no track form a last group with no
     * track; tracks with none of the items are left out.
     */
    public static List<TrackGroup> of(List<Track> tracks, List<LearningItem> items) {
        Map<String, LearningItem> byModule = new LinkedHashMap<>();
        items.forEach(item -> byModule.putIfAbsent(item.module().getId(), item));
        List<TrackGroup> groups = new ArrayList<>();
        Set<String> inTracks = new HashSet<>();
        for (Track track : tracks) {
            List<LearningItem> own = track.getModuleIds().stream()
                    .map(byModule::get)
                    .filter(item -> item != null)
                    .toList();
            if (!own.isEmpty()) {
                groups.add(new TrackGroup(track, own));
                inTracks.addAll(track.getModuleIds());
            }
        }
        List<LearningItem> rest = byModule.values().stream()
                .filter(item -> !inTracks.contains(item.module().getId()))
                .toList();
        if (!rest.isEmpty()) {
            groups.add(new TrackGroup(null, rest));
        }
        return groups;
    }

    public long getDone() {
        return items.stream().filter(i -> i.status() == Status.COMPLETED).count();
    }

    public int getTotal() {
        return items.size();
    }

    /** Done as a whole percentage of all, rounded down. */
    public int getPercent() {
        return items.isEmpty() ? 0 : (int) (100 * getDone() / items.size());
    }

    /** The items still to do, in order. */
    public List<LearningItem> getOpen() {
        return items.stream().filter(i -> i.status() != Status.COMPLETED).toList();
    }
}
