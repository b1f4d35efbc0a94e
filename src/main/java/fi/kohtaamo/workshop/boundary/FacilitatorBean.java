package fi.kohtaamo.workshop.boundary;

import fi.kohtaamo.content.control.Curriculum;
import fi.kohtaamo.content.control.Markdown;
import fi.kohtaamo.content.entity.GuideContent;
import fi.kohtaamo.organisation.control.CurrentUser;
import fi.kohtaamo.platform.i18n.Language;
import fi.kohtaamo.workshop.control.Sessions;
import fi.kohtaamo.workshop.entity.Commitment;
import fi.kohtaamo.workshop.entity.WorkshopSession;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.omnifaces.util.Messages;

/**
 * Facilitator mode: the session's guide one agenda step at a time, large enough for a projector, with a countdown
 * per step, the discussion questions, and notes that save as they are typed. The last step records the team's
 * commitments there and then ({@link CommitmentForm}, as on the session page), and finishing leads back to the session
 * page, where attendance is marked.
 */
@Named
@ViewScoped
public class FacilitatorBean implements Serializable {

    @Inject
    CurrentUser currentUser;

    @Inject
    Sessions sessions;

    @Inject
    Curriculum curriculum;

    @Inject
    Language language;

    /** The form that adds a commitment on the last step, for this session's people. */
    @Inject
    @Getter
    CommitmentForm newCommitment;

    @Getter
    @Setter
    private Long id;

    /** The agenda step shown, from 1; {@code ?step=} opens the page on it. */
    @Getter
    @Setter
    private int step = 1;

    @Size(max = 20_000, message = "{field.tooLong}")
    @Getter
    @Setter
    private String notes;

    private String guideId;

    @Getter
    private String title;

    /** The commitments made in this session so far. */
    @Getter
    private List<Commitment> commitments = List.of();

    public void load() {
        WorkshopSession session = sessions.findToRun(currentUser.getPerson(), id);
        guideId = session.getGuide().getId();
        title = session.getGuide().getHeading().getTitle().in(language.getLocale()) + " – "
                + session.getUnit().getName();
        notes = session.getNotes();
        newCommitment.open(session, sessions.peopleOf(session));
        commitments = sessions.commitmentsOf(session);
        step = Math.max(1, Math.min(step, getStepCount()));
    }

    private GuideContent.Body body() {
        return curriculum.catalogue().guides().get(guideId).body(language.getTag());
    }

    public List<GuideContent.AgendaStep> getAgenda() {
        return body().agenda();
    }

    public GuideContent.AgendaStep getCurrent() {
        return getAgenda().get(step - 1);
    }

    public String getPurposeHtml() {
        return Markdown.toHtml(body().purpose());
    }

    public List<String> getMaterials() {
        return body().materials();
    }

    public String html(String markdown) {
        return Markdown.toHtml(markdown);
    }

    public void next() {
        saveNotes();
        step = Math.min(step + 1, getAgenda().size());
    }

    public void back() {
        saveNotes();
        step = Math.max(step - 1, 1);
    }

    public void saveNotes() {
        sessions.saveNotes(currentUser.getPerson(), id, notes);
    }

    public void saveNotesWithMessage() {
        saveNotes();
        Messages.addGlobalInfo(language.text("facilitate.notesSaved"));
    }

    public void addCommitment() {
        if (newCommitment.add()) {
            commitments = sessions.commitmentsOf(sessions.findToRun(currentUser.getPerson(), id));
        }
    }

    /** Saves the notes and leads to the session page, where attendance is marked. */
    public String finish() {
        saveNotes();
        Messages.addFlashGlobalInfo(language.text("facilitate.finished"));
        return "/workshop/session?faces-redirect=true&id=" + id;
    }

    public boolean isLastStep() {
        return step == getStepCount();
    }

    public String kindLabel(String kind) {
        return language.text("agenda." + kind);
    }

    public int getStepCount() {
        return getAgenda().size();
    }

    /** Whether the current step's live exercise is the customer-path map. */
    public boolean isPathMapStep() {
        return "path-map".equals(getCurrent().tool());
    }
}
