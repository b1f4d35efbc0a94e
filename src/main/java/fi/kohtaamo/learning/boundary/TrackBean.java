package fi.kohtaamo.learning.boundary;

import fi.kohtaamo.learning.control.Learners;
import fi.kohtaamo.learning.control.TrackGroup;
import fi.kohtaamo.organisation.control.CurrentUser;
import fi.kohtaamo.platform.i18n.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import lombok.Getter;
import lombok.Setter;

/**
 * One track as the learner sees it ({@code /learning/track?track=<id>}): its summary, every module in the track's
 * order with the learner's status and due date, and how many are done. A track the learner may not take (the
 * supervisor track, for an employee) reads as not found, as an unknown id does.
 */
@Named
@RequestScoped
public class TrackBean {

    @Inject
    CurrentUser currentUser;

    @Inject
    Learners learners;

    @Inject
    Language language;

    /** The track's id, from the address. */
    @Getter
    @Setter
    private String track;

    /** The track and the learner's modules of it, or {@code null} when there is no such track for them. */
    @Getter
    private TrackGroup group;

    public void load() {
        group = learners.track(track)
                .filter(t -> Learners.mayTake(currentUser.getPerson(), t.getAudience()))
                .map(t -> new TrackGroup(t, learners.trackItemsFor(currentUser.getPerson(), t)))
                .orElse(null);
    }

    public String getTitle() {
        return group == null
                ? language.text("track.notFound")
                : group.track().getHeading().getTitle().in(language.getLocale());
    }

    public String getSummary() {
        return group == null ? "" : group.track().getHeading().getSummary().in(language.getLocale());
    }
}
