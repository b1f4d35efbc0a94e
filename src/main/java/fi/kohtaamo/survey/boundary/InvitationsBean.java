package fi.kohtaamo.survey.boundary;

import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.organisation.entity.UnitKind;
import fi.kohtaamo.platform.i18n.Language;
import fi.kohtaamo.platform.imports.ImportFile;
import fi.kohtaamo.survey.control.InvitationTally;
import fi.kohtaamo.survey.control.Invitations;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import lombok.Getter;
import lombok.Setter;
import org.omnifaces.util.Messages;
import org.primefaces.event.FileUploadEvent;

/**
 * HR's view of visit-triggered survey invitations: per unit the delay after a visit and how many invitations wait, went,
 * were answered or expired; setting a unit's delay; and registering visits from a CSV or XLSX file (the API does the
 * same for systems).
 */
@Named
@ViewScoped
public class InvitationsBean implements Serializable {

    @Inject
    Invitations invitations;

    @Inject
    Units units;

    @Inject
    Language language;

    @Getter
    @Setter
    private Long unitId;

    @Getter
    @Setter
    private Integer delay;

    @Getter
    private List<Invitations.Problem> problems = List.of();

    private transient List<Row> rows;

    /** A unit with where its invitations stand. */
    public record Row(Unit unit, InvitationTally tally) implements Serializable {
        public String getRate() {
            Long rate = tally.answerRate();
            return rate == null ? "–" : rate + " %";
        }
    }

    /** The units' rows, read once per visit and after each change (EL asks for them many times while rendering). */
    public List<Row> getRows() {
        if (rows == null) {
            Map<Long, InvitationTally> counts = invitations.counts();
            rows = units.all().stream()
                    .filter(u -> u.isActive() && u.getKind() == UnitKind.UNIT)
                    .map(u -> new Row(u, counts.getOrDefault(u.getId(), InvitationTally.NONE)))
                    .toList();
        }
        return rows;
    }

    public void saveDelay() {
        if (unitId == null || delay == null || delay < 0 || delay > 7 * 24 * 60) {
            Messages.addGlobalError(language.text("invitations.delayInvalid"));
            return;
        }
        invitations.setDelay(unitId, delay);
        rows = null;
        Messages.addGlobalInfo(language.text("invitations.delaySaved"));
    }

    public void upload(FileUploadEvent event) throws IOException {
        problems = List.of();
        Path file = Files.createTempFile("visits", ".upload");
        try (InputStream content = event.getFile().getInputStream()) {
            Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
            List<Invitations.Visit> visits = Invitations.readVisits(file);
            Invitations.Registered registered = invitations.register(visits, null);
            rows = null;
            Messages.addGlobalInfo(
                    language.text("invitations.registered", registered.registered(), registered.duplicates()));
        } catch (ImportFile.Unreadable e) {
            Messages.addGlobalError(language.text("invitations.unreadable." + e.reason()));
        } catch (Invitations.Invalid e) {
            problems = e.problems();
            Messages.addGlobalError(
                    language.text("invitations.invalid", e.problems().size()));
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
