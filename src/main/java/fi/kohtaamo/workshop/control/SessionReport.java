package fi.kohtaamo.workshop.control;

import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.platform.export.PdfReport;
import fi.kohtaamo.workshop.entity.Commitment;
import fi.kohtaamo.workshop.entity.WorkshopSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * A workshop session as a PDF to file or send on: its details (times in the organisation's zone, as stored), the notes,
 * the commitments and each customer-path map drawn as vector graphics from its data.
 */
@ApplicationScoped
public class SessionReport {

    @Inject
    Sessions sessions;

    @Inject
    PathMaps pathMaps;

    public byte[] pdf(
            Person viewer, Long sessionId, ResourceBundle texts, Locale locale, PathMapDrawing.Labels labels) {
        WorkshopSession session = sessions.findToRun(viewer, sessionId);
        String guide = session.getGuide().getHeading().getTitle().in(locale);
        PdfReport report = new PdfReport(texts.getString("pathMap.report.title") + ": " + guide + " – "
                + session.getUnit().getName());
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale);
        List<List<String>> details = new ArrayList<>();
        details.add(List.of(
                texts.getString("workshop.when"),
                when.format(session.getStartsAt()) + ", " + session.getMinutes() + " min"));
        details.add(List.of(texts.getString("workshop.place"), session.getWhere() == null ? "–" : session.getWhere()));
        details.add(List.of(
                texts.getString("workshop.facilitator"),
                session.getFacilitator().getFullName()));
        if (!session.getCoFacilitators().isEmpty()) {
            details.add(List.of(
                    texts.getString("workshop.coFacilitators"),
                    session.getCoFacilitators().stream()
                            .map(Person::getFullName)
                            .collect(Collectors.joining(", "))));
        }
        if (session.getTrainer() != null) {
            details.add(List.of(texts.getString("workshop.trainer"), session.getTrainer()));
        }
        details.add(List.of(texts.getString("pathMap.report.attended"), Long.toString(session.getAttendedCount())));
        report.heading(texts.getString("pathMap.report.details"))
                .table(List.of("", ""), new float[] {200, 560}, details);
        if (session.getNotes() != null && !session.getNotes().isBlank()) {
            report.heading(texts.getString("facilitate.notes"));
            session.getNotes().lines().forEach(report::paragraph);
        }
        List<Commitment> commitments = sessions.commitmentsOf(session);
        report.heading(texts.getString("commitment.title"));
        if (commitments.isEmpty()) {
            report.paragraph(texts.getString("commitment.emptySession"));
        } else {
            report.table(
                    List.of(
                            texts.getString("commitment.what"), texts.getString("commitment.owner"),
                            texts.getString("commitment.due"), texts.getString("commitment.factor")),
                    new float[] {360, 160, 100, 150},
                    commitments.stream()
                            .map(c -> List.of(
                                    c.getWhat(),
                                    c.getOwner() == null
                                            ? texts.getString("commitment.wholeTeam")
                                            : c.getOwner().getFullName(),
                                    c.getDueDate() == null
                                            ? "–"
                                            : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                                                    .withLocale(locale)
                                                    .format(c.getDueDate()),
                                    c.getFactor() == null
                                            ? "–"
                                            : texts.getString(c.getFactor().messageKey())))
                            .toList());
        }
        for (PathMaps.Saved saved : pathMaps.of(session)) {
            report.heading(saved.map().getName());
            PathMapDrawing drawing = new PathMapDrawing(saved.map().getName(), saved.document(), labels);
            report.paragraph(drawing.description());
            report.drawing(drawing.width(), drawing.height(), drawing::draw);
        }
        return report.bytes();
    }
}
