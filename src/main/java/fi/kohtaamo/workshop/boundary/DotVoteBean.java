package fi.kohtaamo.workshop.boundary;

import fi.kohtaamo.content.entity.Factor;
import fi.kohtaamo.organisation.control.CurrentUser;
import fi.kohtaamo.platform.i18n.Language;
import fi.kohtaamo.workshop.control.DotVotes;
import fi.kohtaamo.workshop.control.WorkshopProblem;
import fi.kohtaamo.workshop.entity.DotVote;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import lombok.Getter;
import lombok.Setter;
import org.omnifaces.util.Messages;

/**
 * The six-factor dot vote on its agenda step in facilitator mode ({@code WEB-INF/includes/dot-vote.xhtml}, inside
 * {@link FacilitatorBean}'s form): one row per factor where the facilitator types the score the rating dots show on
 * the wall (1–5, one decimal) and the choice dots it got, then saves; once the choice dots pick two factors, the
 * facilitator writes what the team will do for each and makes both the whole team's commitments in one action.
 */
@Named
@ViewScoped
public class DotVoteBean implements Serializable {

    @Inject
    CurrentUser currentUser;

    @Inject
    DotVotes dotVotes;

    @Inject
    FacilitatorBean facilitator;

    @Inject
    Language language;

    /** One factor's sheet as typed. */
    @Getter
    @Setter
    public static class Row implements Serializable {

        private final Factor factor;

        @DecimalMin(value = "1.0", message = "{dotVote.scoreRange}")
        @DecimalMax(value = "5.0", message = "{dotVote.scoreRange}")
        private BigDecimal score;

        @Min(value = 0, message = "{dotVote.dotsRange}")
        @Max(value = 999, message = "{dotVote.dotsRange}")
        private Integer dots;

        Row(Factor factor) {
            this.factor = factor;
        }
    }

    private List<Row> rows;

    /** The factors the saved choice dots picked, or empty while they pick none. */
    @Getter
    private List<Factor> chosen = List.of();

    /** What the team will do for each chosen factor. */
    @Getter
    private final Map<Factor, String> what = new EnumMap<>(Factor.class);

    public List<Row> getRows() {
        if (rows == null) {
            rows = new ArrayList<>();
            DotVote saved =
                    dotVotes.of(currentUser.getPerson(), facilitator.getId()).orElse(null);
            for (Factor factor : Factor.values()) {
                Row row = new Row(factor);
                if (saved != null) {
                    saved.sheet(factor).ifPresent(s -> {
                        row.setScore(s.getScore());
                        row.setDots(s.getDots());
                    });
                }
                rows.add(row);
            }
            chosen = saved == null ? List.of() : saved.chosen().orElse(List.of());
        }
        return rows;
    }

    public void save() {
        try {
            DotVote vote = dotVotes.record(
                    currentUser.getPerson(),
                    facilitator.getId(),
                    getRows().stream()
                            .map(r -> new DotVotes.Entry(r.getFactor(), r.getScore(), r.getDots()))
                            .toList());
            chosen = vote.chosen().orElse(List.of());
            Messages.addGlobalInfo(language.text(chosen.isEmpty() ? "dotVote.saved" : "dotVote.savedChosen"));
        } catch (WorkshopProblem problem) {
            FacesContext.getCurrentInstance().validationFailed();
            Messages.addGlobalError(language.text(problem.messageKey()));
        }
    }

    /** Makes the two chosen factors the team's commitments, and shows them on the last step's list. */
    public void commitChosen() {
        try {
            dotVotes.commitChosen(currentUser.getPerson(), facilitator.getId(), what);
            what.clear();
            facilitator.load();
            Messages.addGlobalInfo(language.text("dotVote.committed"));
        } catch (WorkshopProblem problem) {
            FacesContext.getCurrentInstance().validationFailed();
            Messages.addGlobalError(language.text(problem.messageKey()));
        }
    }
}
