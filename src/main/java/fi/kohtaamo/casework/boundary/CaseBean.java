package fi.kohtaamo.casework.boundary;

import fi.kohtaamo.casework.control.CaseProblem;
import fi.kohtaamo.casework.control.CaseRules;
import fi.kohtaamo.casework.control.DetractorCases;
import fi.kohtaamo.casework.entity.CaseEvent;
import fi.kohtaamo.casework.entity.CaseState;
import fi.kohtaamo.casework.entity.DetractorCase;
import fi.kohtaamo.casework.entity.RootCause;
import fi.kohtaamo.learning.control.Learners;
import fi.kohtaamo.learning.entity.TrainingModule;
import fi.kohtaamo.organisation.control.CurrentUser;
import fi.kohtaamo.organisation.control.People;
import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.platform.i18n.Language;
import fi.kohtaamo.survey.control.CommentThemes;
import fi.kohtaamo.survey.entity.CommentTheme;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.omnifaces.util.Messages;

/**
 * One detractor case ({@code ?id=}): the customer's answer and comment (seen by those who oversee its unit, as comments
 * are everywhere), the contact details while they are kept, its history, and the one next step: acknowledge, mark the
 * customer contacted, or resolve with a note and a root cause, optionally as a coaching moment or a team commitment.
 * Every step is checked again by {@link DetractorCases}; a refusal is shown on its field and nothing is saved.
 */
@Named
@ViewScoped
public class CaseBean implements Serializable {

    @Inject
    CurrentUser currentUser;

    @Inject
    DetractorCases cases;

    @Inject
    Language language;

    @Inject
    CommentThemes themes;

    @Inject
    Learners learners;

    @Inject
    People people;

    @Inject
    Units units;

    @Inject
    Clock clock;

    @Getter
    @Setter
    private Long id;

    @Getter
    @Setter
    private String note;

    @Getter
    @Setter
    private String rootCause;

    @Getter
    @Setter
    private String moduleId;

    @Getter
    @Setter
    private List<Long> staffIds = new ArrayList<>();

    @Getter
    @Setter
    private String commitment;

    @Getter
    @Setter
    private LocalDate commitmentDue;

    private transient DetractorCase shown;
    private transient List<CaseEvent> history;

    public void load() {
        shown = cases.find(currentUser.getPerson(), id);
        history = cases.history(shown);
    }

    public DetractorCase getCase() {
        if (shown == null) {
            load();
        }
        return shown;
    }

    public List<CaseEvent> getHistory() {
        if (history == null) {
            load();
        }
        return history;
    }

    public String acknowledge() {
        return step(() -> cases.acknowledge(currentUser.getPerson(), id), "case.acknowledged", "actions:acknowledge");
    }

    public String contacted() {
        return step(() -> cases.contacted(currentUser.getPerson(), id), "case.contacted", "actions:contacted");
    }

    public String resolve() {
        var resolution =
                new CaseRules.Resolution(note, rootCause, moduleId, new HashSet<>(staffIds), commitment, commitmentDue);
        return step(() -> cases.resolve(currentUser.getPerson(), id, resolution), "case.resolved", "resolve:");
    }

    private String step(Runnable action, String done, String where) {
        try {
            action.run();
            Messages.addFlashGlobalInfo(language.text(done));
            return "/casework/case?faces-redirect=true&id=" + id;
        } catch (CaseProblem problem) {
            FacesContext.getCurrentInstance().validationFailed();
            String clientId = where.endsWith(":") ? where + problem.field() : where;
            if (problem.field().equals("state")) {
                Messages.addGlobalError(language.text(problem.messageKey()));
            } else {
                Messages.addError(clientId, language.text(problem.messageKey()));
            }
            shown = null;
            return null;
        }
    }

    /** The comment's themes by name in the page's language. */
    public List<String> getThemeNames() {
        return getCase().getResponse().getThemes().stream()
                .map(CommentTheme::theme)
                .sorted()
                .map(theme -> themes.name(theme, language.getLocale()))
                .toList();
    }

    /** The root causes to choose from, the comment themes and the internal factors as two groups. */
    public List<SelectItem> getRootCauseOptions() {
        SelectItemGroup met = new SelectItemGroup(language.text("case.rootCauseThemes"));
        SelectItemGroup factors = new SelectItemGroup(language.text("case.rootCauseFactors"));
        List<SelectItem> metItems = new ArrayList<>();
        List<SelectItem> factorItems = new ArrayList<>();
        for (RootCause cause : RootCause.all()) {
            (cause.theme() != null ? metItems : factorItems).add(new SelectItem(cause.id(), label(cause)));
        }
        met.setSelectItems(metItems);
        factors.setSelectItems(factorItems);
        return List.of(met, factors);
    }

    /** A root cause's name in the page's language. */
    public String label(RootCause cause) {
        return cause.theme() != null
                ? themes.name(cause.theme(), language.getLocale())
                : language.text(cause.factor().messageKey());
    }

    /** The active modules, by title, for a coaching moment. */
    public List<TrainingModule> getModules() {
        return learners.modules().values().stream()
                .filter(TrainingModule::isActive)
                .sorted(Comparator.comparing(this::moduleTitle))
                .toList();
    }

    public String moduleTitle(TrainingModule module) {
        return module.getHeading().getTitle().in(language.getLocale());
    }

    /** The title of the module a resolved case named, or null. */
    public String getResolvedModuleTitle() {
        String named = getCase().getModuleId();
        return named == null
                ? null
                : learners.module(named).map(this::moduleTitle).orElse(named);
    }

    /** The active people of the case's unit and the units below it, who may be coached. */
    public List<Person> getStaff() {
        return people.inUnits(units.withDescendants(List.of(getCase().getUnit().getId()))).stream()
                .filter(Person::isActive)
                .sorted(Comparator.comparing(Person::getFullName))
                .toList();
    }

    public boolean isNew() {
        return getCase().getState() == CaseState.NEW;
    }

    public boolean isAcknowledged() {
        return getCase().getState() == CaseState.ACKNOWLEDGED;
    }

    public boolean isContacted() {
        return getCase().getState() == CaseState.CONTACTED;
    }

    public LocalDate getToday() {
        return LocalDate.now(clock);
    }
}
