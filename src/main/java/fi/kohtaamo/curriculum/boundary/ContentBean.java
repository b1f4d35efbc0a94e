package fi.kohtaamo.curriculum.boundary;

import fi.kohtaamo.curriculum.control.CurriculumVersions;
import fi.kohtaamo.curriculum.control.CurriculumVersions.Item;
import fi.kohtaamo.curriculum.control.CurriculumVersions.Kind;
import fi.kohtaamo.curriculum.control.CurriculumVersions.Row;
import fi.kohtaamo.learning.control.Redos;
import fi.kohtaamo.learning.entity.Progress;
import fi.kohtaamo.organisation.control.CurrentUser;
import fi.kohtaamo.organisation.control.Oversight;
import fi.kohtaamo.platform.i18n.Language;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import lombok.Getter;
import lombok.Setter;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * HR's content page ({@code /curriculum/content}): every module and workshop guide, searchable by title; for one of
 * them ({@code ?module=} or {@code ?guide=}) its versions, what changed between two of them ({@code &from=&to=}), and
 * for a module who completed which version, with the request that completers of an earlier major version redo it
 * (asked, then confirmed). HR and administrators only, by the oversight rule.
 */
@Named
@ViewScoped
public class ContentBean implements Serializable {

    @Inject
    CurriculumVersions versions;

    @Inject
    Redos redos;

    @Inject
    CurrentUser currentUser;

    @Inject
    Oversight oversight;

    @Inject
    Language language;

    @Size(max = 200, message = "{field.tooLong}")
    @Getter
    @Setter
    private String q;

    @Getter
    @Setter
    private String module;

    @Getter
    @Setter
    private String guide;

    @Getter
    @Setter
    private Integer from;

    @Getter
    @Setter
    private Integer to;

    @Getter
    private List<Item> items = List.of();

    @Getter
    private Item selected;

    @Getter
    private List<Row> rows = List.of();

    @Getter
    private List<String> changes = List.of();

    @Getter
    private List<Learner> people = List.of();

    @Getter
    private int redoCount;

    @Getter
    private boolean confirming;

    /** One person's standing in the module: name, unit, the version that counts for them and where they are in it. */
    public record Learner(
            String name, String unit, String version, int versionNumber, String status, LocalDateTime completedAt)
            implements Serializable {}

    public void load() throws IOException {
        oversight.requireOverseesAll(currentUser.getPerson());
        String tag = language.getTag();
        List<Item> all = versions.items();
        if (module != null || guide != null) {
            Kind kind = module != null ? Kind.MODULE : Kind.GUIDE;
            String id = module != null ? module : guide;
            selected = versions.item(kind, id).orElse(null);
            if (selected == null) {
                Faces.responseSendError(404, "No such module or guide");
                return;
            }
            rows = kind == Kind.MODULE ? versions.moduleVersions(id) : versions.guideVersions(id);
            compare(kind, id);
            if (kind == Kind.MODULE) {
                people = redos.standings(id).stream().map(this::person).toList();
                redoCount = redos.olderMajor(id).size();
            }
            return;
        }
        String search = q == null ? "" : q.strip().toLowerCase(language.getLocale());
        items = all.stream()
                .filter(item -> search.isEmpty()
                        || item.title(tag).toLowerCase(language.getLocale()).contains(search))
                .sorted(CurriculumVersions.byTitle(tag))
                .toList();
    }

    /** The changes between the chosen versions: by default the one before the current and the current. */
    private void compare(Kind kind, String id) {
        if (rows.size() < 2) {
            return;
        }
        List<Integer> numbers = rows.stream().map(r -> r.version().number()).toList();
        if (from == null && to == null) {
            to = numbers.get(0);
            from = numbers.get(1);
        }
        if (from == null || !numbers.contains(from)) {
            problem("from", "curriculum.noSuchVersion");
            return;
        }
        if (to == null || !numbers.contains(to)) {
            problem("to", "curriculum.noSuchVersion");
            return;
        }
        if (from.equals(to)) {
            problem("to", "curriculum.sameVersion");
            return;
        }
        Locale locale = language.getLocale();
        String tag = language.getTag();
        changes = kind == Kind.MODULE
                ? versions.moduleDiff(id, from, to, tag, locale)
                : versions.guideDiff(id, from, to, tag, locale);
    }

    private void problem(String field, String key) {
        FacesContext.getCurrentInstance().validationFailed();
        Messages.addError("compare:" + field, language.text(key));
    }

    private Learner person(Redos.Standing standing) {
        Progress progress = standing.progress();
        String status = progress.isCompleted() ? "COMPLETED" : progress.getRedoOf() != null ? "REDO" : "IN_PROGRESS";
        var person = standing.person();
        return new Learner(
                person.getLastName() + ", " + person.getFirstName(),
                person.getUnit() == null ? "" : person.getUnit().getName(),
                standing.version().getLabel(),
                standing.version().getNumber(),
                status,
                progress.getCompletedAt());
    }

    /** Shows the chosen versions' changes (the address keeps them). */
    public String show() {
        return "/curriculum/content?faces-redirect=true&" + (module != null ? "module=" + module : "guide=" + guide)
                + "&from=" + from + "&to=" + to;
    }

    /** Searches by title (the address keeps the search). */
    public String search() {
        return "/curriculum/content?faces-redirect=true"
                + (q == null || q.isBlank() ? "" : "&q=" + URLEncoder.encode(q.strip(), StandardCharsets.UTF_8));
    }

    /** The first step of a redo: the page asks for confirmation. */
    public void askRedo() {
        confirming = true;
    }

    public void cancelRedo() {
        confirming = false;
    }

    /** The confirmed redo: asks the completers of earlier major versions and tells HR how many. */
    public String confirmRedo() {
        int asked = redos.ask(currentUser.getPerson(), module);
        Messages.addFlashGlobalInfo(language.text("curriculum.redoDone", asked));
        return "/curriculum/content?faces-redirect=true&module=" + module;
    }

    /** The current version of the selected item. */
    public Row getCurrent() {
        return rows.isEmpty() ? null : rows.get(0);
    }

    public boolean isModulePage() {
        return selected != null && selected.kind() == Kind.MODULE;
    }
}
