package fi.kohtaamo.workshop.control;

import fi.kohtaamo.learning.control.WorkshopRecords;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.workshop.entity.Commitment.State;
import fi.kohtaamo.workshop.entity.WorkshopGuide;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The workshop feature's answer to learning's {@link WorkshopRecords}: invitations and attendance read from the
 * sessions' invitee lists, commitments from the commitments table. Within it {@code Commitment} is learning's record;
 * the entity is named in full.
 */
@ApplicationScoped
public class LearnerWorkshops implements WorkshopRecords {

    @PersistenceContext
    EntityManager em;

    @Override
    public Map<Long, Attendance> attendance(Collection<Long> personIds) {
        Map<Long, List<Invitation>> byPerson = invitations(personIds);
        Map<Long, Attendance> result = new HashMap<>();
        byPerson.forEach((person, invitations) -> result.put(person, Attendance.of(invitations)));
        return result;
    }

    @Override
    public List<Invitation> invitationsOf(Person person) {
        return invitations(List.of(person.getId())).getOrDefault(person.getId(), List.of());
    }

    @Override
    public List<Commitment> commitmentsOf(Person person) {
        List<Long> sessions =
                invitationsOf(person).stream().map(Invitation::sessionId).toList();
        // By id: outside a transaction each query may return its own copies of the same commitment.
        Map<Long, fi.kohtaamo.workshop.entity.Commitment> found = new LinkedHashMap<>();
        em.createQuery(
                        "select c from Commitment c where c.owner.id = :person"
                                + " or (c.owner is null and c.unit.id = :unit)",
                        fi.kohtaamo.workshop.entity.Commitment.class)
                .setParameter("person", person.getId())
                .setParameter("unit", person.getUnit().getId())
                .getResultStream()
                .forEach(c -> found.put(c.getId(), c));
        if (!sessions.isEmpty()) {
            em.createQuery(
                            "select c from Commitment c where c.owner is null and c.session.id in :sessions",
                            fi.kohtaamo.workshop.entity.Commitment.class)
                    .setParameter("sessions", sessions)
                    .getResultStream()
                    .forEach(c -> found.putIfAbsent(c.getId(), c));
        }
        return found.values().stream()
                .sorted(Comparator.comparing((fi.kohtaamo.workshop.entity.Commitment c) -> c.getStatus() != State.OPEN)
                        .thenComparing(
                                fi.kohtaamo.workshop.entity.Commitment::getDueDate,
                                Comparator.nullsLast(Comparator.naturalOrder())))
                .map(c -> new Commitment(
                        c.getWhat(),
                        c.getOwner() == null,
                        c.getDueDate(),
                        c.getStatus().name()))
                .toList();
    }

    /** Each person's invitations, the latest session first. */
    private Map<Long, List<Invitation>> invitations(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createQuery(
                        "select i.personId, s.id, s.unit.id, s.guide, s.startsAt, s.status, i.attendance"
                                + " from WorkshopSession s join s.invitees i where i.personId in :people"
                                + " order by s.startsAt desc",
                        Object[].class)
                .setParameter("people", personIds)
                .getResultList();
        return rows.stream()
                .collect(Collectors.groupingBy(
                        row -> (Long) row[0],
                        LinkedHashMap::new,
                        Collectors.mapping(
                                row -> new Invitation(
                                        (Long) row[1],
                                        (Long) row[2],
                                        ((WorkshopGuide) row[3]).getHeading().getTitle(),
                                        (LocalDateTime) row[4],
                                        String.valueOf(row[5]),
                                        row[6] != null && ((fi.kohtaamo.workshop.entity.Attendance) row[6]).came()),
                                Collectors.toList())));
    }
}
