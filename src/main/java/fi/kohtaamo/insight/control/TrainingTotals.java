package fi.kohtaamo.insight.control;

import fi.kohtaamo.learning.control.ModuleCompleted;
import fi.kohtaamo.organisation.control.PeopleChanged;
import fi.kohtaamo.platform.StartupOrder;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Keeps {@code unit_month_completion}: how many modules each unit's active employees completed per month, so that the
 * insight views read pre-summed rows, as they do for customers' answers in {@code unit_month_result}. The table is
 * derived data: a unit's rows are counted again from the completions whenever one of its people completes a module or
 * its people change (in the same transaction, so a rolled-back change leaves the totals as they were), one
 * transaction per unit at a time.
 */
@ApplicationScoped
public class TrainingTotals {

    private static final String COUNT = "insert into unit_month_completion (unit_id, month_start, module_id,"
            + " completions) select p.unit_id, cast(date_trunc('month', mp.completed_at) as date), mp.module_id,"
            + " count(*) from module_progress mp join person p on p.id = mp.person_id"
            + " where mp.completed_at is not null and mp.redo_of is null and p.active = true"
            + " and exists (select 1 from person_role r where r.person_id = p.id and r.role = 'EMPLOYEE')";

    private static final String GROUP =
            " group by p.unit_id, cast(date_trunc('month', mp.completed_at) as date), mp.module_id";

    @PersistenceContext
    EntityManager em;

    void completed(@Observes ModuleCompleted event) {
        recount(unitsOf(List.of(event.personId())));
    }

    void peopleChanged(@Observes PeopleChanged event) {
        recount(event.unitIds());
    }

    /** Counts again the rows of these units; none of their other data changes. */
    @Transactional
    public void recount(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return;
        }
        em.flush();
        String in = unitIds.stream().map(id -> Long.toString(id)).collect(Collectors.joining(",", "(", ")"));
        // Two people of a unit completing at the same moment would both delete the unit's rows and both insert them
        // again (a duplicate key for the second): recounts of a unit wait for each other on the unit's row, taken in
        // id order so that recounts of several units cannot deadlock.
        em.createNativeQuery("select id from unit where id in " + in + " order by id for update")
                .getResultList();
        em.createNativeQuery("delete from unit_month_completion where unit_id in " + in)
                .executeUpdate();
        em.createNativeQuery(COUNT + " and p.unit_id in " + in + GROUP).executeUpdate();
    }

    /** Counts every unit's rows again. */
    @Transactional
    public void recountAll() {
        em.flush();
        em.createNativeQuery("delete from unit_month_completion").executeUpdate();
        em.createNativeQuery(COUNT + GROUP).executeUpdate();
    }

    /** Fills the totals after demo learning was loaded into an empty database, which writes completions directly. */
    @Transactional
    void fillAfterDemo(@Observes @Priority(StartupOrder.TRAINING_TOTALS) Startup startup) {
        if (count("select count(*) from unit_month_completion") == 0
                && count("select count(*) from module_progress where completed_at is not null") > 0) {
            recountAll();
        }
    }

    private List<Long> unitsOf(List<Long> personIds) {
        return em.createQuery("select p.unit.id from Person p where p.id in :ids", Long.class)
                .setParameter("ids", personIds)
                .getResultList();
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
