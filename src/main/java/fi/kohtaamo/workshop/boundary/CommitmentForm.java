package fi.kohtaamo.workshop.boundary;

import fi.kohtaamo.content.entity.Factor;
import fi.kohtaamo.learning.control.Learners;
import fi.kohtaamo.organisation.control.CurrentUser;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.platform.i18n.Language;
import fi.kohtaamo.workshop.control.Commitments;
import fi.kohtaamo.workshop.control.Sessions;
import fi.kohtaamo.workshop.control.WorkshopProblem;
import fi.kohtaamo.workshop.entity.WorkshopSession;
import jakarta.enterprise.context.Dependent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.omnifaces.util.Messages;

/**
 * The form that adds a commitment to a session, shared by the session page and facilitator mode's last step so that
 * both ask the same and {@link Commitments#make} checks the same: what (required), an owner or the whole team, a due
 * date (not in the past), the internal factor it addresses (required) and a module. The page bean injects one, {@link #open opens} it for its session, and
 * includes {@code WEB-INF/includes/commitment-form.xhtml} inside an {@code h:form} with the id {@value #FORM}:
 *
 * <pre>
 * &lt;ui:include src="/WEB-INF/includes/commitment-form.xhtml"&gt;
 *     &lt;ui:param name="form" value="#{sessionBean.newCommitment}"/&gt;
 *     &lt;ui:param name="page" value="#{sessionBean}"/&gt;  &lt;!-- whose addCommitment() the button calls --&gt;
 * &lt;/ui:include&gt;
 * </pre>
 */
@Dependent
public class CommitmentForm implements Serializable {

    /** The id of the form the fields are in, which a broken rule's message is addressed through. */
    public static final String FORM = "commitments";

    @Inject
    CurrentUser currentUser;

    @Inject
    Commitments commitments;

    @Inject
    Learners learners;

    @Inject
    Language language;

    private Long sessionId;

    /** Who may own the commitment: the session's people. */
    @Getter
    private List<Person> owners = List.of();

    /** The modules a commitment may point to, read once per visit. */
    private transient List<SelectItem> modules;

    @Size(max = 500, message = "{field.tooLong}")
    @Getter
    @Setter
    private String what;

    @Getter
    @Setter
    private Long ownerId;

    @Getter
    @Setter
    private LocalDate due;

    @Getter
    @Setter
    private Factor factor;

    @Getter
    @Setter
    private String moduleId;

    /** Addresses the form to this session, whose people are {@code owners}. */
    public void open(WorkshopSession session, List<Person> owners) {
        this.sessionId = session.getId();
        this.owners = owners;
    }

    /**
     * Records the commitment and empties the form; a broken rule is shown on its field instead, and the form keeps
     * what was typed.
     *
     * @return whether the commitment was recorded
     */
    public boolean add() {
        try {
            commitments.make(
                    currentUser.getPerson(),
                    sessionId,
                    new Sessions.NewCommitment(what, ownerId, due, factor, moduleId));
        } catch (WorkshopProblem problem) {
            FacesContext.getCurrentInstance().validationFailed();
            Messages.addError(FORM + ":" + problem.field(), language.text(problem.messageKey()));
            return false;
        }
        Messages.addGlobalInfo(language.text("commitment.added"));
        what = null;
        ownerId = null;
        due = null;
        factor = null;
        moduleId = null;
        return true;
    }

    public List<Factor> getFactors() {
        return List.of(Factor.values());
    }

    public List<SelectItem> getModules() {
        if (modules == null) {
            modules = learners.modules().values().stream()
                    .map(m ->
                            new SelectItem(m.getId(), m.getHeading().getTitle().in(language.getLocale())))
                    .toList();
        }
        return modules;
    }
}
