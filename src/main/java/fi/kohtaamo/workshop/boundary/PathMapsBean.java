package fi.kohtaamo.workshop.boundary;

import fi.kohtaamo.organisation.control.CurrentUser;
import fi.kohtaamo.platform.i18n.Language;
import fi.kohtaamo.platform.security.AccessDenied;
import fi.kohtaamo.workshop.control.PathMapDocument;
import fi.kohtaamo.workshop.control.PathMapDocument.Mark;
import fi.kohtaamo.workshop.control.PathMapDocument.Touchpoint;
import fi.kohtaamo.workshop.control.PathMaps;
import fi.kohtaamo.workshop.entity.Commitment;
import fi.kohtaamo.workshop.entity.WorkshopSession;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * The customer-path maps on the session page ({@code WEB-INF/includes/path-maps.xhtml}): each drawn as SVG from its
 * data with a table of its touchpoints as the text alternative, its downloads, and in a follow-up session the earlier
 * session's maps beside this one's with the bounces and waits then and now.
 */
@Named
@RequestScoped
public class PathMapsBean {

    @Inject
    CurrentUser currentUser;

    @Inject
    PathMaps pathMaps;

    @Inject
    Language language;

    private Long loadedFor;
    private List<MapView> maps;
    private List<MapView> earlier;

    /** One touchpoint as a table row. */
    public record Row(
            int step, String lane, String text, String marks, String feeling, String commitment, String handOffFrom) {}

    /** One map as the page shows it. */
    public record MapView(Long id, String name, String svg, List<Row> rows, long bounces, long waits) {}

    public List<MapView> maps(WorkshopSession session) {
        load(session);
        return maps;
    }

    public List<MapView> earlier(WorkshopSession session) {
        load(session);
        return earlier;
    }

    public long bounces(List<MapView> views) {
        return views.stream().mapToLong(MapView::bounces).sum();
    }

    public long waits(List<MapView> views) {
        return views.stream().mapToLong(MapView::waits).sum();
    }

    /** "2 bounces and 1 waits" for these maps together. */
    public String counts(List<MapView> views) {
        return language.text("pathMap.compare.counts", bounces(views), waits(views));
    }

    private void load(WorkshopSession session) {
        if (session.getId().equals(loadedFor)) {
            return;
        }
        loadedFor = session.getId();
        PathMapTexts texts = PathMapTexts.in(language.getTag());
        maps = pathMaps.of(session).stream().map(m -> view(m, texts)).toList();
        earlier = List.of();
        if (session.followUpOf().isPresent()) {
            try {
                earlier = pathMaps
                        .of(currentUser.getPerson(), session.followUpOf().get().getId())
                        .stream()
                        .map(m -> view(m, texts))
                        .toList();
            } catch (AccessDenied e) {
                earlier = List.of();
            }
        }
    }

    private MapView view(PathMaps.Saved saved, PathMapTexts texts) {
        PathMapDocument document = saved.document();
        List<Row> rows = new ArrayList<>();
        List<Touchpoint> points = document.touchpoints();
        for (int i = 0; i < points.size(); i++) {
            Touchpoint point = points.get(i);
            rows.add(new Row(
                    i + 1,
                    document.laneName(point.lane()),
                    point.text(),
                    texts.marks(point),
                    texts.feeling(point.emotion()),
                    pathMaps.commitment(point.commitmentId())
                            .map(Commitment::getWhat)
                            .orElse(""),
                    document.handOffBefore(i)
                            ? document.laneName(points.get(i - 1).lane())
                            : ""));
        }
        return new MapView(
                saved.map().getId(),
                saved.map().getName(),
                texts.drawing(saved.map().getName(), document).svg(),
                rows,
                document.count(Mark.BOUNCE),
                document.count(Mark.WAIT));
    }
}
