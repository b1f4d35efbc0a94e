package fi.kohtaamo.curriculum.control;

import fi.kohtaamo.content.control.ContentDiff;
import fi.kohtaamo.content.control.Curriculum;
import fi.kohtaamo.learning.entity.ModuleVersion;
import fi.kohtaamo.learning.entity.TrainingModule;
import fi.kohtaamo.platform.i18n.LocalizedText;
import fi.kohtaamo.workshop.entity.GuideVersion;
import fi.kohtaamo.workshop.entity.WorkshopGuide;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The versions of every active module and workshop guide, how many people completed each module version, and what
 * changed between two versions ({@link ContentDiff}), read from the files each version was stored with.
 *
 * <p>Usage: {@code versions.moduleDiff("no-bouncing", 1, 2, "en", Locale.ENGLISH)}
 */
@ApplicationScoped
public class CurriculumVersions {

    /** What an item of the curriculum is. */
    public enum Kind {
        MODULE,
        GUIDE
    }

    /** One module or guide: its current version and how many it has had. */
    public record Item(Kind kind, String id, LocalizedText title, int versions, Edition current, long completedCurrent)
            implements Serializable {

        /** Its title in a language. */
        public String title(String language) {
            return title.in(language);
        }
    }

    /**
     * One version of an item.
     *
     * @param completed how many people completed the module on this version (0 for a guide)
     * @param inProgress how many are part-way through it (0 for a guide)
     */
    public record Row(Edition version, long completed, long inProgress) implements Serializable {}

    @PersistenceContext
    EntityManager em;

    @Inject
    Curriculum curriculum;

    /** Every active module and guide, modules first, each by id; the page sorts and searches them. */
    public List<Item> items() {
        Map<String, Long> completedCurrent = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "select p.moduleId, count(distinct p.personId) from Progress p, TrainingModule m"
                                + " where m.id = p.moduleId and p.moduleVersion = m.currentVersion"
                                + " and p.completedAt is not null group by p.moduleId",
                        Object[].class)
                .getResultList()) {
            completedCurrent.put((String) row[0], (Long) row[1]);
        }
        Map<String, Long> moduleVersions =
                counts("select v.module.id, count(v) from ModuleVersion v group by v.module.id");
        Map<String, Long> guideVersions = counts("select v.guide.id, count(v) from GuideVersion v group by v.guide.id");
        List<Item> items = new ArrayList<>();
        for (TrainingModule module :
                em.createNamedQuery("TrainingModule.all", TrainingModule.class).getResultList()) {
            if (module.getCurrentVersion() != null) {
                items.add(new Item(
                        Kind.MODULE,
                        module.getId(),
                        module.getHeading().getTitle(),
                        moduleVersions.getOrDefault(module.getId(), 0L).intValue(),
                        Edition.of(module.getCurrentVersion()),
                        completedCurrent.getOrDefault(module.getId(), 0L)));
            }
        }
        for (WorkshopGuide guide :
                em.createNamedQuery("WorkshopGuide.all", WorkshopGuide.class).getResultList()) {
            guideVersionList(guide.getId()).stream()
                    .findFirst()
                    .ifPresent(latest -> items.add(new Item(
                            Kind.GUIDE,
                            guide.getId(),
                            guide.getHeading().getTitle(),
                            guideVersions.getOrDefault(guide.getId(), 0L).intValue(),
                            latest,
                            0)));
        }
        return items;
    }

    /** An active item by kind and id. */
    public Optional<Item> item(Kind kind, String id) {
        return items().stream()
                .filter(item -> item.kind() == kind && item.id().equals(id))
                .findFirst();
    }

    /** The module's versions, newest first, with how many people completed each and how many are on it. */
    public List<Row> moduleVersions(String moduleId) {
        Map<Long, Set<Long>> completed = new HashMap<>();
        Map<Long, Set<Long>> started = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "select p.moduleVersion.id, p.personId, p.completedAt from Progress p"
                                + " where p.moduleId = :module",
                        Object[].class)
                .setParameter("module", moduleId)
                .getResultList()) {
            (row[2] == null ? started : completed)
                    .computeIfAbsent((Long) row[0], id -> new HashSet<>())
                    .add((Long) row[1]);
        }
        return moduleVersionList(moduleId).stream()
                .map(v -> new Row(
                        v,
                        completed.getOrDefault(v.id(), Set.of()).size(),
                        started.getOrDefault(v.id(), Set.of()).size()))
                .toList();
    }

    /** The guide's versions, newest first. */
    public List<Row> guideVersions(String guideId) {
        return guideVersionList(guideId).stream().map(v -> new Row(v, 0, 0)).toList();
    }

    /**
     * What changed in the module from version {@code from} to version {@code to}, in sentences of {@code locale},
     * comparing the content in {@code language}.
     *
     * @throws IllegalArgumentException if the module has no such version
     */
    public List<String> moduleDiff(String moduleId, int from, int to, String language, Locale locale) {
        ModuleVersion older = moduleVersion(moduleId, from);
        ModuleVersion newer = moduleVersion(moduleId, to);
        return ContentDiff.words(
                ContentDiff.modules(
                        curriculum.stored(moduleId, older.getContentHash(), older.getContent()),
                        curriculum.stored(moduleId, newer.getContentHash(), newer.getContent()),
                        language),
                locale);
    }

    /**
     * What changed in the guide from version {@code from} to version {@code to}, as {@link #moduleDiff}.
     *
     * @throws IllegalArgumentException if the guide has no such version
     */
    public List<String> guideDiff(String guideId, int from, int to, String language, Locale locale) {
        GuideVersion older = guideVersion(guideId, from);
        GuideVersion newer = guideVersion(guideId, to);
        return ContentDiff.words(
                ContentDiff.guides(
                        curriculum.storedGuide(guideId, older.getContentHash(), older.getContent()),
                        curriculum.storedGuide(guideId, newer.getContentHash(), newer.getContent()),
                        language),
                locale);
    }

    private List<Edition> moduleVersionList(String moduleId) {
        return em.createNamedQuery("ModuleVersion.ofModule", ModuleVersion.class)
                .setParameter("module", moduleId)
                .getResultStream()
                .map(Edition::of)
                .toList();
    }

    private List<Edition> guideVersionList(String guideId) {
        return em.createNamedQuery("GuideVersion.ofGuide", GuideVersion.class)
                .setParameter("guide", guideId)
                .getResultStream()
                .map(Edition::of)
                .toList();
    }

    private ModuleVersion moduleVersion(String moduleId, int number) {
        return em.createNamedQuery("ModuleVersion.ofModule", ModuleVersion.class)
                .setParameter("module", moduleId)
                .getResultStream()
                .filter(v -> v.getNumber() == number)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Module " + moduleId + " has no version " + number));
    }

    private GuideVersion guideVersion(String guideId, int number) {
        return em.createNamedQuery("GuideVersion.ofGuide", GuideVersion.class)
                .setParameter("guide", guideId)
                .getResultStream()
                .filter(v -> v.getNumber() == number)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Guide " + guideId + " has no version " + number));
    }

    private Map<String, Long> counts(String query) {
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : em.createQuery(query, Object[].class).getResultList()) {
            counts.put((String) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** Items by their title in a language, for a stable default order. */
    public static Comparator<Item> byTitle(String language) {
        return Comparator.comparing((Item item) -> item.title(language).toLowerCase(Locale.ROOT))
                .thenComparing(Item::id);
    }
}
