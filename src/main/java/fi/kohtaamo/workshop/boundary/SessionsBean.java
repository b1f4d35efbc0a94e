package fi.kohtaamo.workshop.boundary;

import fi.kohtaamo.organisation.control.CurrentUser;
import fi.kohtaamo.platform.i18n.Language;
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
import java.util.Map;
import java.util.stream.Collectors;
import lombok.Getter;

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

    @Getter
    private List<Commitment> commitments;

    @Getter
    private List<WorkshopSession> upcoming;

    @Getter
    private List<WorkshopSession> past;

    @PostConstruct
    void load() {
        all = sessions.visibleTo(currentUser.getPerson());
        commitments = sessions.commitmentsVisibleTo(currentUser.getPerson()).stream()
                .sorted(Comparator.comparing((Commitment c) -> !c.isOverdue())
                        .thenComparing(c -> c.getStatus())
                        .thenComparing(c -> c.getDueDate() == null ? java.time.LocalDate.MAX : c.getDueDate()))
                .toList();
        LocalDateTime now = LocalDateTime.now(clock);
        Map<Boolean, List<WorkshopSession>> coming = all.stream()
                .collect(Collectors.partitioningBy(s -> s.getStatus() == SessionStatus.SCHEDULED
                        && s.getEndsAt().isAfter(now.minusHours(12))));
        upcoming = coming.get(true).stream()
                .sorted(Comparator.comparing(WorkshopSession::getStartsAt))
                .toList();
        past = coming.get(false);
    }

    public long getOverdueCount() {
        return commitments.stream().filter(Commitment::isOverdue).count();
    }

    public String guideTitle(WorkshopSession session) {
        return session.getGuide().getHeading().getTitle().in(language.getLocale());
    }
}
