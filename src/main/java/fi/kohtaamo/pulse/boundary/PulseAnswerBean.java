package fi.kohtaamo.pulse.boundary;

import fi.kohtaamo.organisation.control.CurrentUser;
import fi.kohtaamo.platform.i18n.Language;
import fi.kohtaamo.pulse.control.Pulses;
import fi.kohtaamo.pulse.entity.PulseRound;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import lombok.Getter;
import lombok.Setter;
import org.omnifaces.util.Messages;

/** An employee answers the open pulse round of their unit: twelve statements, eNPS and an optional comment. */
@Named
@ViewScoped
public class PulseAnswerBean implements Serializable {

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    @Inject
    Pulses pulses;

    @Inject
    Language language;

    private List<PulseRound> open;

    @Getter
    private Integer[] scores = new Integer[12];

    @Getter
    @Setter
    private Integer enps;

    @Size(max = 2000, message = "{field.tooLong}")
    @Getter
    @Setter
    private String comment;

    @Getter
    private boolean answered;

    public void load() {
        open = pulses.openFor(currentUser.getPerson(), LocalDate.now(clock));
    }

    public void submit() {
        List<Integer> given = new ArrayList<>(java.util.Arrays.asList(scores));
        int missing = IntStream.range(0, 12)
                .filter(i -> given.get(i) == null)
                .findFirst()
                .orElse(-1);
        if (missing >= 0) {
            Messages.addGlobalError(language.text("pulse.answerAll", missing + 1));
            return;
        }
        if (enps == null) {
            Messages.addGlobalError(language.text("pulse.enpsRequired"));
            return;
        }
        try {
            pulses.answer(currentUser.getPerson(), open.get(0).getId(), given, enps, comment, LocalDate.now(clock));
            answered = true;
        } catch (IllegalStateException e) {
            Messages.addGlobalError(language.text("pulse.notOpen"));
        }
    }

    public PulseRound getRound() {
        return open.isEmpty() ? null : open.get(0);
    }

    public List<Integer> getStatements() {
        return IntStream.range(0, 12).boxed().toList();
    }

    public List<Integer> getLikert() {
        return List.of(1, 2, 3, 4, 5);
    }

    public List<Integer> getScale() {
        return IntStream.rangeClosed(0, 10).boxed().toList();
    }

    public String statement(int index) {
        return language.text("pulse.q" + (index + 1));
    }
}
