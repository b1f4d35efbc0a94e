package fi.kohtaamo.workshop.control;

import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.organisation.entity.UnitKind;
import fi.kohtaamo.workshop.entity.Commitment;
import fi.kohtaamo.workshop.entity.SessionStatus;
import fi.kohtaamo.workshop.entity.WorkshopSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Workshop coverage per customer-facing unit for HR: sessions held in a period, guides used, attendance rate, and
 * commitments made and done. Sessions of a unit's teams count for the unit.
 */
@ApplicationScoped
public class Coverage {

    @PersistenceContext
    EntityManager em;

    @Inject
    Units units;

    /** One unit's line. {@code attendance} is attended ÷ invited over the held sessions, 0–100, or null if none. */
    public record Row(
            Unit unit,
            String region,
            long held,
            String guides,
            long invited,
            long attended,
            long commitments,
            long done)
            implements Serializable {

        public Integer getAttendance() {
            return invited == 0 ? null : (int) Math.round(100.0 * attended / invited);
        }
    }

    /**
     * Coverage in the period (inclusive), for all units or only those of one region.
     *
     * @param regionId a region's id, or {@code null} for every region
     * @param locale the language of the guide titles
     */
    public List<Row> rows(LocalDate from, LocalDate to, Long regionId, java.util.Locale locale) {
        List<WorkshopSession> held = em.createQuery(
                        "select s from WorkshopSession s where s.status = :held and s.startsAt >= :from and s.startsAt < :to",
                        WorkshopSession.class)
                .setParameter("held", SessionStatus.HELD)
                .setParameter("from", from.atStartOfDay())
                .setParameter("to", to.plusDays(1).atStartOfDay())
                .getResultList();
        Map<Long, List<Commitment>> commitments = new HashMap<>();
        if (!held.isEmpty()) {
            em.createQuery("select c from Commitment c where c.session.id in :ids", Commitment.class)
                    .setParameter(
                            "ids", held.stream().map(WorkshopSession::getId).toList())
                    .getResultList()
                    .forEach(c -> commitments
                            .computeIfAbsent(c.getSession().getId(), id -> new ArrayList<>())
                            .add(c));
        }
        Map<Long, List<WorkshopSession>> byUnit = new HashMap<>();
        for (WorkshopSession session : held) {
            byUnit.computeIfAbsent(customerFacing(session.getUnit()).getId(), id -> new ArrayList<>())
                    .add(session);
        }
        List<Row> rows = new ArrayList<>();
        for (Unit unit : units.all()) {
            if (unit.getKind() != UnitKind.UNIT || !unit.isActive()) {
                continue;
            }
            Unit region =
                    unit.getParent() != null && unit.getParent().getKind() == UnitKind.REGION ? unit.getParent() : null;
            if (regionId != null && (region == null || !region.getId().equals(regionId))) {
                continue;
            }
            List<WorkshopSession> sessions = byUnit.getOrDefault(unit.getId(), List.of());
            TreeSet<String> guides = new TreeSet<>();
            long invited = 0;
            long attended = 0;
            long made = 0;
            long done = 0;
            for (WorkshopSession session : sessions) {
                guides.add(session.getGuide().getHeading().getTitle().in(locale));
                invited += session.getInvitees().size();
                attended += session.getAttendedCount();
                for (Commitment c : commitments.getOrDefault(session.getId(), List.of())) {
                    made++;
                    if (c.getStatus() == Commitment.State.DONE) {
                        done++;
                    }
                }
            }
            rows.add(new Row(
                    unit,
                    region == null ? "" : region.getName(),
                    sessions.size(),
                    String.join(", ", guides),
                    invited,
                    attended,
                    made,
                    done));
        }
        return rows;
    }

    private static Unit customerFacing(Unit unit) {
        for (Unit u = unit; u != null; u = u.getParent()) {
            if (u.getKind() == UnitKind.UNIT) {
                return u;
            }
        }
        return unit;
    }
}
