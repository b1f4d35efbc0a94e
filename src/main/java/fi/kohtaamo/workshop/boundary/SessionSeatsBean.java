package fi.kohtaamo.workshop.boundary;

import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.workshop.control.Seats;
import fi.kohtaamo.workshop.entity.Cancellation;
import fi.kohtaamo.workshop.entity.Waiting;
import fi.kohtaamo.workshop.entity.WorkshopSession;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The seats part of the session page ({@code WEB-INF/includes/session-seats.xhtml}): seats taken of the capacity, the
 * waitlist in order, who cancelled and why, and the units the session is open to. Computed once per request from the
 * session the page has already checked access to.
 */
@Named
@RequestScoped
public class SessionSeatsBean {

    /** One person on the waitlist, in order. */
    public record InLine(int place, Person person, LocalDateTime since) {}

    /** One cancellation with its reason. */
    public record Cancelled(Person person, String reason, LocalDateTime at) {}

    /** What the page shows. */
    public record View(
            int taken, Integer capacity, List<InLine> waitlist, List<Cancelled> cancellations, List<Unit> openUnits) {}

    @Inject
    Seats seats;

    @Inject
    Units units;

    private View view;

    public View of(WorkshopSession session) {
        if (view == null) {
            Map<Long, Person> people =
                    seats.listed(session).stream().collect(Collectors.toMap(Person::getId, Function.identity()));
            List<Waiting> line = session.getWaitlist();
            List<InLine> waitlist = line.stream()
                    .filter(w -> people.containsKey(w.getPersonId()))
                    .map(w -> new InLine(line.indexOf(w) + 1, people.get(w.getPersonId()), w.getSince()))
                    .toList();
            List<Cancelled> cancelled = session.getCancellations().stream()
                    .filter(c -> people.containsKey(c.getPersonId()))
                    .sorted((a, b) -> a.getCancelledAt().compareTo(b.getCancelledAt()))
                    .map((Cancellation c) ->
                            new Cancelled(people.get(c.getPersonId()), c.getReason(), c.getCancelledAt()))
                    .toList();
            List<Unit> open = session.getOpenUnitIds().stream()
                    .map(id -> units.find(id).orElse(null))
                    .filter(Objects::nonNull)
                    .toList();
            view = new View(session.getInvitees().size(), session.getCapacity(), waitlist, cancelled, open);
        }
        return view;
    }
}
