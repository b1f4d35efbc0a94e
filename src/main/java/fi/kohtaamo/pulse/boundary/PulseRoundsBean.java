package fi.kohtaamo.pulse.boundary;

import fi.kohtaamo.content.control.ContentParser;
import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.organisation.entity.UnitKind;
import fi.kohtaamo.platform.i18n.Language;
import fi.kohtaamo.platform.security.CurrentUser;
import fi.kohtaamo.pulse.control.PulseDisclosure;
import fi.kohtaamo.pulse.control.Pulses;
import fi.kohtaamo.pulse.entity.PulseRound;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.omnifaces.util.Messages;

/** HR opens pulse rounds and reads each unit's results, shown only where {@link Pulses#readings} shows them. */
@Named
@ViewScoped
public class PulseRoundsBean implements Serializable {

    @Inject
    CurrentUser currentUser;

    @Inject
    Pulses pulses;

    @Inject
    Units units;

    @Inject
    Language language;

    private String title;
    private LocalDate opens = LocalDate.now();
    private LocalDate closes = LocalDate.now().plusWeeks(2);
    private List<Long> unitIds = new ArrayList<>();
    private Long roundId;
    private int threshold;

    /** One unit's line of a round's results; {@code result} is empty and {@code withheld} says why where withheld. */
    public record UnitRow(Unit unit, Optional<Pulses.GroupResult> result, PulseDisclosure.Withheld withheld) {}

    public void load() {
        threshold = pulses.threshold();
        if (roundId == null && !pulses.rounds().isEmpty()) {
            roundId = pulses.rounds().get(0).getId();
        }
    }

    public void open() {
        try {
            PulseRound round = pulses.open(currentUser.getPerson(), title, opens, closes, new HashSet<>(unitIds));
            roundId = round.getId();
            title = null;
            unitIds = new ArrayList<>();
            Messages.addGlobalInfo(language.text("pulse.opened"));
        } catch (IllegalArgumentException e) {
            Messages.addGlobalError(language.text("pulse.roundIncomplete"));
        }
    }

    public void saveThreshold() {
        try {
            pulses.setThreshold(threshold);
            Messages.addGlobalInfo(language.text("pulse.thresholdSaved", threshold));
        } catch (IllegalArgumentException e) {
            Messages.addGlobalError(language.text("pulse.thresholdTooLow"));
            threshold = pulses.threshold();
        }
    }

    public List<PulseRound> getRounds() {
        return pulses.rounds();
    }

    public long answers(PulseRound round) {
        return pulses.answerCount(round.getId());
    }

    public List<UnitRow> getResults() {
        PulseRound round = getRound();
        if (round == null) {
            return List.of();
        }
        List<Unit> facing = customerFacing();
        Map<Long, Pulses.Reading> readings =
                pulses.readings(round, facing.stream().map(Unit::getId).toList());
        return facing.stream()
                .map(u -> new UnitRow(
                        u,
                        readings.get(u.getId()).result(),
                        readings.get(u.getId()).withheld()))
                .toList();
    }

    /** The round whose results are shown, or null. */
    public PulseRound getRound() {
        return pulses.rounds().stream()
                .filter(r -> r.getId().equals(roundId))
                .findFirst()
                .orElse(null);
    }

    public List<Unit> getUnitOptions() {
        return customerFacing();
    }

    private List<Unit> customerFacing() {
        return units.all().stream()
                .filter(u -> u.getKind() == UnitKind.UNIT && u.isActive())
                .toList();
    }

    public List<String> getFactors() {
        return ContentParser.FACTORS;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getOpens() {
        return opens;
    }

    public void setOpens(LocalDate opens) {
        this.opens = opens;
    }

    public LocalDate getCloses() {
        return closes;
    }

    public void setCloses(LocalDate closes) {
        this.closes = closes;
    }

    public List<Long> getUnitIds() {
        return unitIds;
    }

    public void setUnitIds(List<Long> unitIds) {
        this.unitIds = unitIds;
    }

    public Long getRoundId() {
        return roundId;
    }

    public void setRoundId(Long roundId) {
        this.roundId = roundId;
    }

    public int getThreshold() {
        return threshold;
    }

    public void setThreshold(int threshold) {
        this.threshold = threshold;
    }
}
