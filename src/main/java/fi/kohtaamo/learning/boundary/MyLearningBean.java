package fi.kohtaamo.learning.boundary;

import fi.kohtaamo.learning.control.Learners;
import fi.kohtaamo.learning.control.LearningItem;
import fi.kohtaamo.learning.control.TrackGroup;
import fi.kohtaamo.learning.entity.Track;
import fi.kohtaamo.organisation.control.CurrentUser;
import fi.kohtaamo.platform.i18n.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import lombok.Getter;

/**
 * "My learning": the learner's assigned modules grouped by track, in each track's order, with status, progress and due
 * dates, then the modules they may take by choice. The lists are read on first use, once per request, so that a page
 * that only needs the texts ({@link #title}) reads nothing.
 */
@Named
@RequestScoped
public class MyLearningBean {

    @Inject
    CurrentUser currentUser;

    @Inject
    Learners learners;

    @Inject
    Language language;

    @Getter(lazy = true)
    private final List<LearningItem> items = learners.itemsFor(currentUser.getPerson());

    @Getter(lazy = true)
    private final List<LearningItem> assigned =
            getItems().stream().filter(i -> i.assigned() != null).toList();

    @Getter(lazy = true)
    private final List<LearningItem> optional =
            getItems().stream().filter(i -> i.assigned() == null).toList();

    /** The assigned modules by track, in the tracks' order; those in no track come last, in a group of their own. */
    @Getter(lazy = true)
    private final List<TrackGroup> groups = TrackGroup.of(learners.tracks(), getAssigned());

    public long getOverdueCount() {
        return getItems().stream().filter(LearningItem::isOverdue).count();
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
