package fi.kohtaamo.learning.boundary;

import fi.kohtaamo.learning.control.Learners;
import fi.kohtaamo.learning.control.LearningItem;
import fi.kohtaamo.learning.entity.Status;
import fi.kohtaamo.learning.entity.Track;
import fi.kohtaamo.organisation.control.CurrentUser;
import fi.kohtaamo.platform.i18n.Language;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import lombok.Getter;

/** "My learning": the learner's assigned modules and tracks with status, progress and due dates. */
@Named
@RequestScoped
public class MyLearningBean {

    @Inject
    CurrentUser currentUser;

    @Inject
    Learners learners;

    @Inject
    Language language;

    private List<LearningItem> items;

    @Getter
    private List<LearningItem> assigned;

    @Getter
    private List<LearningItem> optional;

    /** The tracks, read on first use, once per request. */
    @Getter(lazy = true)
    private final List<TrackProgress> tracks = learners.tracks().stream()
            .map(track -> new TrackProgress(
                    track,
                    assigned.stream()
                            .filter(i -> track.getId().equals(i.assigned().trackId()) && i.status() == Status.COMPLETED)
                            .count(),
                    assigned.stream()
                            .filter(i -> track.getId().equals(i.assigned().trackId()))
                            .count()))
            .filter(tp -> tp.total() > 0)
            .toList();

    /** A track the learner has modules of, with how many of them are completed. */
    public record TrackProgress(Track track, long completed, long total) {
        public int getPercent() {
            return total == 0 ? 0 : (int) (100 * completed / total);
        }
    }

    @PostConstruct
    void load() {
        items = learners.itemsFor(currentUser.getPerson());
        assigned = items.stream().filter(i -> i.assigned() != null).toList();
        optional = items.stream().filter(i -> i.assigned() == null).toList();
    }

    /** Assigned modules not yet completed, soonest due first: what the home page shows as coming. */
    public List<LearningItem> getComing() {
        return assigned.stream()
                .filter(i -> i.status() != Status.COMPLETED)
                .limit(5)
                .toList();
    }

    public long getOverdueCount() {
        return items.stream().filter(LearningItem::isOverdue).count();
    }

    public String title(LearningItem item) {
        return item.module().getHeading().getTitle().in(language.getLocale());
    }

    public String summary(LearningItem item) {
        return item.module().getHeading().getSummary().in(language.getLocale());
    }

    public String trackTitle(Track track) {
        return track.getHeading().getTitle().in(language.getLocale());
    }
}
