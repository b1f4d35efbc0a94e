package fi.kohtaamo.workshop.boundary;

import fi.kohtaamo.platform.i18n.Language;
import fi.kohtaamo.platform.security.CurrentUser;
import fi.kohtaamo.workshop.control.Sessions;
import fi.kohtaamo.workshop.entity.Commitment;
import fi.kohtaamo.workshop.entity.SessionStatus;
import fi.kohtaamo.workshop.entity.WorkshopSession;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;

/** The workshops of the viewer's units, coming and past, and the team commitments with the overdue ones first. */
@Named
@RequestScoped
public class SessionsBean {

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    @Inject
    Sessions sessions;

    @Inject
    Language language;

    private List<WorkshopSession> all;
    private List<Commitment> commitments;

    @PostConstruct
    void load() {
        all = sessions.visibleTo(currentUser.getPerson());
        commitments = sessions.commitmentsVisibleTo(currentUser.getPerson()).stream()
                .sorted(Comparator.comparing((Commitment c) -> !c.isOverdue())
                        .thenComparing(c -> c.getStatus())
                        .thenComparing(c -> c.getDueDate() == null ? java.time.LocalDate.MAX : c.getDueDate()))
                .toList();
    }

    public List<WorkshopSession> getUpcoming() {
        LocalDateTime now = LocalDateTime.now(clock);
        return all.stream()
                .filter(s -> s.getStatus() == SessionStatus.SCHEDULED
                        && s.getEndsAt().isAfter(now.minusHours(12)))
                .sorted(Comparator.comparing(WorkshopSession::getStartsAt))
                .toList();
    }

    public List<WorkshopSession> getPast() {
        LocalDateTime now = LocalDateTime.now(clock);
        return all.stream()
                .filter(s -> s.getStatus() != SessionStatus.SCHEDULED
                        || !s.getEndsAt().isAfter(now.minusHours(12)))
                .toList();
    }

    public List<Commitment> getCommitments() {
        return commitments;
    }

    public long getOverdueCount() {
        return commitments.stream().filter(Commitment::isOverdue).count();
    }

    public String guideTitle(WorkshopSession session) {
        return session.getGuide().getTitle().in(language.getLocale());
    }
}
