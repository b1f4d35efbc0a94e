package fi.kohtaamo.workshop.control;

import fi.kohtaamo.content.control.Curriculum;
import fi.kohtaamo.content.entity.GuideContent;
import fi.kohtaamo.platform.StartupOrder;
import fi.kohtaamo.workshop.entity.GuideVersion;
import fi.kohtaamo.workshop.entity.WorkshopGuide;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * Keeps the workshop guides in the database in step with content/workshops, right after the modules: a new guide is
 * added, a guide whose files changed gets a new version (the earlier ones stay, for HR to compare), a guide that was
 * removed is retired.
 */
@ApplicationScoped
public class GuideSync {

    @Inject
    Curriculum curriculum;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Transactional
    void onStart(@Observes @Priority(StartupOrder.SYNC_GUIDES) Startup startup) {
        sync(curriculum.catalogue().guides());
    }

    /** Brings the database in step with the given guides (also used by tests with content of their own). */
    @Transactional
    public void sync(Map<String, GuideContent> guides) {
        for (GuideContent content : guides.values()) {
            WorkshopGuide found = em.find(WorkshopGuide.class, content.id());
            WorkshopGuide guide = found == null ? new WorkshopGuide(content.id()) : found;
            guide.describe(content.title(), content.summary(), content.minutes(), content.hash());
            if (found == null) {
                em.persist(guide);
                em.flush();
            }
            GuideVersion latest = em.createNamedQuery("GuideVersion.ofGuide", GuideVersion.class)
                    .setParameter("guide", content.id())
                    .setMaxResults(1)
                    .getResultStream()
                    .findFirst()
                    .orElse(null);
            if (latest == null || !latest.getContentHash().equals(content.hash())) {
                em.persist(new GuideVersion(
                        guide,
                        latest == null ? 1 : latest.getNumber() + 1,
                        content.label(),
                        content.hash(),
                        Curriculum.filesToJson(content.files()),
                        LocalDateTime.now(clock)));
            }
        }
        for (WorkshopGuide guide :
                em.createNamedQuery("WorkshopGuide.all", WorkshopGuide.class).getResultList()) {
            if (!guides.containsKey(guide.getId())) {
                guide.retire();
            }
        }
    }
}
