package fi.kohtaamo.learning.control;

import fi.kohtaamo.content.control.Curriculum;
import fi.kohtaamo.content.entity.Catalogue;
import fi.kohtaamo.content.entity.Factor;
import fi.kohtaamo.content.entity.ModuleContent;
import fi.kohtaamo.content.entity.TrackContent;
import fi.kohtaamo.learning.entity.ModuleVersion;
import fi.kohtaamo.learning.entity.Track;
import fi.kohtaamo.learning.entity.TrainingModule;
import fi.kohtaamo.platform.StartupOrder;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Brings the database in step with content/ on every start, in one transaction: a new module is added, a module whose
 * files changed gets a new version (older versions stay for the progress and completions made on them), a module or
 * track that was removed is retired. Invalid content stops the start before anything is written.
 */
@ApplicationScoped
public class ContentSync {

    private static final Logger LOG = Logger.getLogger(ContentSync.class.getName());

    @Inject
    Curriculum curriculum;

    @PersistenceContext
    EntityManager em;

    @Transactional
    void onStart(@Observes @Priority(StartupOrder.SYNC_MODULES) Startup startup) {
        sync(curriculum.load());
    }

    /** Brings the database in step with the given catalogue (also used by tests with content of their own). */
    @Transactional
    public void sync(Catalogue catalogue) {
        int newVersions = 0;
        for (ModuleContent content : catalogue.modules().values()) {
            TrainingModule found = em.find(TrainingModule.class, content.id());
            TrainingModule module = found == null ? new TrainingModule(content.id()) : found;
            module.describe(
                    content.audience(),
                    content.minutes(),
                    content.passMark(),
                    content.title(),
                    content.summary(),
                    content.factors().stream().map(Factor::id).collect(Collectors.joining(",")));
            if (found == null) {
                em.persist(module);
                em.flush();
            }
            ModuleVersion current = module.getCurrentVersion();
            if (current == null || !current.getContentHash().equals(content.hash())) {
                int number = current == null ? 1 : current.getNumber() + 1;
                ModuleVersion version = new ModuleVersion(
                        module, number, content.label(), content.hash(), Curriculum.filesToJson(content.files()));
                em.persist(version);
                module.setCurrentVersion(version);
                newVersions++;
            }
        }
        for (TrainingModule module :
                em.createNamedQuery("TrainingModule.all", TrainingModule.class).getResultList()) {
            if (!catalogue.modules().containsKey(module.getId())) {
                module.retire();
            }
        }
        em.flush();
        for (TrackContent content : catalogue.tracks().values()) {
            Track found = em.find(Track.class, content.id());
            Track track = found == null ? new Track(content.id()) : found;
            track.describe(content.audience(), content.title(), content.summary(), content.modules(), content.hash());
            if (found == null) {
                em.persist(track);
            }
        }
        for (Track track : em.createNamedQuery("Track.all", Track.class).getResultList()) {
            if (!catalogue.tracks().containsKey(track.getId())) {
                track.retire();
            }
        }
        int versions = newVersions;
        LOG.info(() -> "Content synchronised: " + versions + " new module versions");
    }
}
