package fi.kohtaamo.content.control;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import fi.kohtaamo.content.entity.GuideContent;
import fi.kohtaamo.content.entity.GuideContent.AgendaStep;
import fi.kohtaamo.content.entity.ModuleContent;
import fi.kohtaamo.content.entity.Step;
import fi.kohtaamo.platform.i18n.Language;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What changed between two versions of a module or a workshop guide, in words: steps added, removed, moved and
 * changed, and for a changed step what changed in it (paragraphs, questions, choices, minutes). It compares the parsed
 * content in one language, step by step (a step is known by its kind and title; a step renamed in place, keeping its
 * kind, is one changed step), never the raw files, so a change of layout alone says nothing; text within a step is compared paragraph by
 * paragraph with Myers' algorithm (java-diff-utils).
 *
 * <p>Usage: {@code List<String> words = ContentDiff.words(ContentDiff.modules(older, newer, "en"), Locale.ENGLISH);}
 */
public final class ContentDiff {

    /**
     * One change: a message key of the bundles ({@code curriculum.diff.*}), its arguments, and for a changed step what
     * changed in it.
     */
    public record Change(String key, List<Object> arguments, List<Change> details) {

        static Change of(String key, Object... arguments) {
            return new Change(key, Arrays.asList(arguments), List.of());
        }
    }

    private ContentDiff() {}

    /** What changed from {@code older} to {@code newer} in {@code language}: the module's figures, then its steps. */
    public static List<Change> modules(ModuleContent older, ModuleContent newer, String language) {
        List<Change> changes = new ArrayList<>();
        String oldTitle = older.title().in(language);
        String newTitle = newer.title().in(language);
        if (!oldTitle.equals(newTitle)) {
            changes.add(Change.of("curriculum.diff.title", oldTitle, newTitle));
        }
        if (older.minutes() != newer.minutes()) {
            changes.add(Change.of("curriculum.diff.minutes", older.minutes(), newer.minutes()));
        }
        if (older.passMark() != newer.passMark()) {
            changes.add(Change.of("curriculum.diff.passMark", older.passMark(), newer.passMark()));
        }
        changes.addAll(steps(
                older.steps(language),
                newer.steps(language),
                step -> step.kind() + "\n" + step.title(),
                Step::title,
                (a, b) -> a.kind() == b.kind(),
                ContentDiff::stepDetails));
        return changes;
    }

    /** What changed from {@code older} to {@code newer} in {@code language}: the guide's length and text, then its agenda. */
    public static List<Change> guides(GuideContent older, GuideContent newer, String language) {
        List<Change> changes = new ArrayList<>();
        String oldTitle = older.title().in(language);
        String newTitle = newer.title().in(language);
        if (!oldTitle.equals(newTitle)) {
            changes.add(Change.of("curriculum.diff.title", oldTitle, newTitle));
        }
        if (older.minutes() != newer.minutes()) {
            changes.add(Change.of("curriculum.diff.guideMinutes", older.minutes(), newer.minutes()));
        }
        GuideContent.Body before = older.body(language);
        GuideContent.Body after = newer.body(language);
        if (!Objects.equals(before.purpose(), after.purpose())) {
            changes.add(Change.of("curriculum.diff.purpose"));
        }
        counted(changes, before.materials(), after.materials(), "curriculum.diff.materials");
        changes.addAll(steps(
                before.agenda(),
                after.agenda(),
                step -> step.kind() + "\n" + step.title(),
                AgendaStep::title,
                (a, b) -> a.kind().equals(b.kind()),
                ContentDiff::agendaDetails));
        return changes;
    }

    /** The changes as sentences in a language: a changed step with what changed in it after a colon. */
    public static List<String> words(List<Change> changes, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(Language.BUNDLE, locale);
        return changes.stream()
                .map(change -> {
                    String main = text(bundle, locale, change);
                    if (change.details().isEmpty()) {
                        return main;
                    }
                    List<String> details = change.details().stream()
                            .map(detail -> text(bundle, locale, detail))
                            .toList();
                    return main + ": " + String.join(", ", details);
                })
                .toList();
    }

    private static String text(ResourceBundle bundle, Locale locale, Change change) {
        return new MessageFormat(bundle.getString(change.key()), locale)
                .format(change.arguments().toArray());
    }

    /**
     * The step-level changes: steps matched by key in order (Myers' diff over the keys); within a replaced stretch, old
     * and new steps at the same place and of a compatible kind are one step changed (renamed); a step whose key was
     * removed in one place and added in another has moved.
     */
    private static <S> List<Change> steps(
            List<S> older,
            List<S> newer,
            Function<S, String> key,
            Function<S, String> title,
            BiFunction<S, S, Boolean> sameKind,
            BiFunction<S, S, List<Change>> details) {
        List<String> oldKeys = older.stream().map(key).toList();
        List<String> newKeys = newer.stream().map(key).toList();
        List<Change> changes = new ArrayList<>();
        List<Integer> removed = new ArrayList<>();
        List<Integer> added = new ArrayList<>();
        int oldAt = 0;
        int newAt = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(oldKeys, newKeys).getDeltas()) {
            int oldStart = delta.getSource().getPosition();
            int newStart = delta.getTarget().getPosition();
            for (; oldAt < oldStart; oldAt++, newAt++) {
                same(changes, older.get(oldAt), newer.get(newAt), newAt, title, details, null);
            }
            int oldEnd = oldStart + delta.getSource().size();
            int newEnd = newStart + delta.getTarget().size();
            while (oldAt < oldEnd && newAt < newEnd && sameKind.apply(older.get(oldAt), newer.get(newAt))) {
                S old = older.get(oldAt);
                same(changes, old, newer.get(newAt), newAt, title, details, title.apply(old));
                oldAt++;
                newAt++;
            }
            for (; oldAt < oldEnd; oldAt++) {
                removed.add(oldAt);
            }
            for (; newAt < newEnd; newAt++) {
                added.add(newAt);
            }
        }
        for (; oldAt < older.size(); oldAt++, newAt++) {
            same(changes, older.get(oldAt), newer.get(newAt), newAt, title, details, null);
        }
        for (Integer to : List.copyOf(added)) {
            S step = newer.get(to);
            Integer from = removed.stream()
                    .filter(at -> oldKeys.get(at).equals(newKeys.get(to)))
                    .findFirst()
                    .orElse(null);
            if (from != null) {
                removed.remove(from);
                added.remove(to);
                changes.add(new Change(
                        "curriculum.diff.stepMoved",
                        List.of(to + 1, title.apply(step), from + 1),
                        details.apply(older.get(from), step)));
            }
        }
        removed.forEach(
                at -> changes.add(Change.of("curriculum.diff.stepRemoved", at + 1, title.apply(older.get(at)))));
        added.forEach(at -> changes.add(Change.of("curriculum.diff.stepAdded", at + 1, title.apply(newer.get(at)))));
        return changes;
    }

    /** A step in both versions: a change if anything in it changed, or it was renamed ({@code renamedFrom}). */
    private static <S> void same(
            List<Change> changes,
            S old,
            S step,
            int at,
            Function<S, String> title,
            BiFunction<S, S, List<Change>> details,
            String renamedFrom) {
        List<Change> within = new ArrayList<>();
        String newTitle = title.apply(step);
        if (renamedFrom != null && !renamedFrom.equals(newTitle)) {
            within.add(Change.of("curriculum.diff.renamed", renamedFrom));
        }
        within.addAll(details.apply(old, step));
        if (!within.isEmpty()) {
            changes.add(new Change("curriculum.diff.stepChanged", List.of(at + 1, newTitle), within));
        }
    }

    private static List<Change> stepDetails(Step old, Step step) {
        List<Change> details = new ArrayList<>();
        if (step instanceof Step.Lesson lesson) {
            counted(
                    details,
                    paragraphs(((Step.Lesson) old).markdown()),
                    paragraphs(lesson.markdown()),
                    "curriculum.diff.paragraphs");
        } else if (step instanceof Step.Scenario scenario) {
            Step.Scenario before = (Step.Scenario) old;
            if (!before.situation().equals(scenario.situation())) {
                details.add(Change.of("curriculum.diff.situation"));
            }
            if (!before.question().equals(scenario.question())) {
                details.add(Change.of("curriculum.diff.question"));
            }
            counted(details, before.choices(), scenario.choices(), "curriculum.diff.choices");
        } else if (step instanceof Step.Quiz quiz) {
            counted(details, ((Step.Quiz) old).questions(), quiz.questions(), "curriculum.diff.questions");
        } else if (step instanceof Step.Reflection reflection
                && !((Step.Reflection) old).prompt().equals(reflection.prompt())) {
            details.add(Change.of("curriculum.diff.prompt"));
        }
        return details;
    }

    private static List<Change> agendaDetails(AgendaStep old, AgendaStep step) {
        List<Change> details = new ArrayList<>();
        if (old.minutes() != step.minutes()) {
            details.add(Change.of("curriculum.diff.stepMinutes", old.minutes(), step.minutes()));
        }
        counted(details, paragraphs(old.body()), paragraphs(step.body()), "curriculum.diff.paragraphs");
        counted(details, old.questions(), step.questions(), "curriculum.diff.discussion");
        if (!Objects.equals(old.tool(), step.tool())) {
            details.add(Change.of("curriculum.diff.tool"));
        }
        return details;
    }

    /**
     * Adds how many items were added, removed and changed between two lists ({@code <prefix>Added}, {@code Removed},
     * {@code Changed}, each with its count), from Myers' diff: an item replaced in place counts as changed.
     */
    private static <T> void counted(List<Change> details, List<T> older, List<T> newer, String prefix) {
        int added = 0;
        int removed = 0;
        int changed = 0;
        for (AbstractDelta<T> delta : DiffUtils.diff(older, newer).getDeltas()) {
            int source = delta.getSource().size();
            int target = delta.getTarget().size();
            changed += Math.min(source, target);
            added += Math.max(0, target - source);
            removed += Math.max(0, source - target);
        }
        if (added > 0) {
            details.add(Change.of(prefix + "Added", added));
        }
        if (removed > 0) {
            details.add(Change.of(prefix + "Removed", removed));
        }
        if (changed > 0) {
            details.add(Change.of(prefix + "Changed", changed));
        }
    }

    /** The paragraphs of a Markdown text: its blocks between blank lines, each with its lines' spacing evened out. */
    static List<String> paragraphs(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return List.of();
        }
        return Arrays.stream(markdown.replace("\r\n", "\n").split("\n\\s*\n"))
                .map(block -> block.strip().replaceAll("[ \\t]*\n[ \\t]*", "\n"))
                .filter(block -> !block.isEmpty())
                .toList();
    }
}
