package fi.kohtaamo.workshop.control;

import fi.kohtaamo.content.control.Curriculum;
import fi.kohtaamo.content.entity.GuideContent;
import fi.kohtaamo.platform.StartupOrder;
import fi.kohtaamo.workshop.entity.WorkshopGuide;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Keeps the workshop guides in the database in step with content/workshops, right after the modules. */
@ApplicationScoped
public class GuideSync {

    @Inject
    Curriculum curriculum;

    @PersistenceContext
    EntityManager em;

    @Transactional
    void onStart(@Observes @Priority(StartupOrder.SYNC_GUIDES) Startup startup) {
        var guides = curriculum.catalogue().guides();
        for (GuideContent content : guides.values()) {
            WorkshopGuide found = em.find(WorkshopGuide.class, content.id());
            WorkshopGuide guide = found == null ? new WorkshopGuide(content.id()) : found;
            guide.describe(content.title(), content.summary(), content.minutes(), content.hash());
            if (found == null) {
                em.persist(guide);
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
