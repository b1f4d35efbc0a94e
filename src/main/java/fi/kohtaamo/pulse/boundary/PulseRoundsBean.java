package fi.kohtaamo.pulse.boundary;

import fi.kohtaamo.content.entity.Factor;
import fi.kohtaamo.organisation.control.CurrentUser;
import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.organisation.entity.UnitKind;
import fi.kohtaamo.platform.i18n.Language;
import fi.kohtaamo.pulse.control.Pulses;
import fi.kohtaamo.pulse.entity.PulseRound;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import lombok.Getter;
import lombok.Setter;
import org.omnifaces.util.Messages;

/**
 * HR opens pulse rounds, closes an open one early when it has run long enough (after a confirmation, since nobody can
 * answer it afterwards), and reads each unit's results, shown only where {@link Pulses#readings} shows them.
 */
@Named
@ViewScoped
public class PulseRoundsBean implements Serializable {

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    @Inject
    Pulses pulses;

    @Inject
    Units units;

    @Inject
    Language language;

    @Size(max = 200, message = "{field.tooLong}")
    @Getter
    @Setter
    private String title;

    @Getter
    @Setter
    private LocalDate opens;

    @Getter
    @Setter
    private LocalDate closes;

    @Getter
    @Setter
    private List<Long> unitIds = new ArrayList<>();

    @Getter
    private Long roundId;

    @Getter
    @Setter
    private int threshold;
    /** The results shown, worked out again when the round or the threshold changes (and after a restore). */
    private transient List<UnitRow> results;

    private transient List<Unit> customerFacing;

    /** The rounds, read once per visit and again after a round is opened or closed. */
    private transient List<PulseRound> rounds;

    /** One unit's line of a round's results. */
    public record UnitRow(Unit unit, Pulses.Reading reading) {}

    /** A new round opens today and closes in two weeks, until the form says otherwise. */
    @PostConstruct
    void defaults() {
        opens = LocalDate.now(clock);
        closes = opens.plusWeeks(2);
    }

    public void load() {
        customerFacing = null;
        rounds = null;
        threshold = pulses.threshold();
        if (roundId == null && !getRounds().isEmpty()) {
            roundId = getRounds().get(0).getId();
        }
    }

    public void open() {
        try {
            PulseRound round = pulses.open(currentUser.getPerson(), title, opens, closes, new HashSet<>(unitIds));
            roundId = round.getId();
            rounds = null;
            results = null;
            title = null;
            unitIds = new ArrayList<>();
            Messages.addGlobalInfo(language.text("pulse.opened"));
        } catch (IllegalArgumentException e) {
            Messages.addGlobalError(language.text("pulse.roundIncomplete"));
        }
    }

    /** Closes an open round now, so that its results appear, and shows them. */
    public void close(Long id) {
        try {
            pulses.closeEarly(id);
            roundId = id;
            rounds = null;
            results = null;
            Messages.addGlobalInfo(language.text("pulse.closed"));
        } catch (IllegalStateException e) {
            Messages.addGlobalError(language.text("pulse.notOpenToClose"));
        }
    }

    /** Whether HR can still close the round early: it is open today. */
    public boolean closable(PulseRound round) {
        return round.openOn(LocalDate.now(clock));
    }

    public void saveThreshold() {
        try {
            pulses.setThreshold(threshold);
            results = null;
            Messages.addGlobalInfo(language.text("pulse.thresholdSaved", threshold));
        } catch (IllegalArgumentException e) {
            Messages.addGlobalError(language.text("pulse.thresholdTooLow"));
            threshold = pulses.threshold();
        }
    }

    public List<PulseRound> getRounds() {
        if (rounds == null) {
            rounds = pulses.rounds();
        }
        return rounds;
    }

    public long answers(PulseRound round) {
        return pulses.answerCount(round.getId());
    }

    /** The chosen round's results per customer-facing unit. */
    public List<UnitRow> getResults() {
        if (results == null) {
            PulseRound round = getRounds().stream()
                    .filter(r -> r.getId().equals(roundId))
                    .findFirst()
                    .orElse(null);
            List<Unit> facing = round == null ? List.of() : getUnitOptions();
            Map<Long, Pulses.Reading> readings = round == null
                    ? Map.of()
                    : pulses.readings(round, facing.stream().map(Unit::getId).toList());
            results = facing.stream()
                    .map(u -> new UnitRow(u, readings.get(u.getId())))
                    .toList();
        }
        return results;
    }

    /** The active customer-facing units, read once per visit of the page (the options and the results ask for them). */
    public List<Unit> getUnitOptions() {
        if (customerFacing == null) {
            customerFacing = units.all().stream()
                    .filter(u -> u.getKind() == UnitKind.UNIT && u.isActive())
                    .toList();
        }
        return customerFacing;
    }

    public List<Factor> getFactors() {
        return List.of(Factor.values());
    }

    public void setRoundId(Long roundId) {
        this.roundId = roundId;
        results = null;
    }
}
