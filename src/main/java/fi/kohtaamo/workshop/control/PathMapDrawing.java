package fi.kohtaamo.workshop.control;

import fi.kohtaamo.platform.export.Canvas;
import fi.kohtaamo.platform.export.Canvas.Anchor;
import fi.kohtaamo.platform.export.ImageCanvas;
import fi.kohtaamo.platform.export.SvgCanvas;
import fi.kohtaamo.workshop.control.PathMapDocument.Lane;
import fi.kohtaamo.workshop.control.PathMapDocument.Mark;
import fi.kohtaamo.workshop.control.PathMapDocument.Touchpoint;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Draws a customer-path map from its data, the same on every {@link Canvas}: the customer's feeling as a line over the
 * path (−2 … +2), one row per lane, each touchpoint a card in its lane in the errand's order with its marks, a solid
 * arrow to the next touchpoint in the same lane and a thick dashed one where the errand is handed off to another lane.
 * The SVG, the PNG and the session PDF are all drawn by it, so they show the same picture.
 *
 * <pre>{@code
 * String svg = new PathMapDrawing(name, document, labels).svg();
 * }</pre>
 */
public final class PathMapDrawing {

    static final double MARGIN = 16;
    static final double LABEL_WIDTH = 170;
    static final double COLUMN = 190;
    static final double CARD_WIDTH = 170;
    static final double CARD_HEIGHT = 100;
    static final double LANE_HEIGHT = 124;
    static final double TITLE = 40;
    static final double EMOTION_HEIGHT = 110;
    static final double LEGEND = 34;

    static final Color INK = new Color(0x1f, 0x29, 0x33);
    static final Color GRID = new Color(0xc8, 0xcf, 0xd6);
    static final Color LANE_FILL = new Color(0xf1, 0xf4, 0xf7);
    static final Color HAND_OFF = new Color(0x00, 0x4a, 0x8f);
    static final Color EMOTION = new Color(0x00, 0x69, 0x78);
    static final Color COMMITMENT = new Color(0x1b, 0x5e, 0x20);
    static final Map<Mark, Color> MARK_COLOURS = Map.of(
            Mark.BOUNCE, new Color(0xb0, 0x00, 0x20),
            Mark.WAIT, new Color(0x8a, 0x4b, 0x00),
            Mark.REPEAT, new Color(0x5b, 0x2a, 0x86),
            Mark.MOMENT_OF_TRUTH, new Color(0x00, 0x4a, 0x8f));

    /**
     * The words the drawing uses, in the reader's language: each mark's name, the emotion line's label, the legend, the
     * mark on a touchpoint that became a commitment, and the description's pattern ({0} touchpoints, {1} lanes, {2}
     * bounces, {3} waits, {4} hand-offs).
     */
    public record Labels(
            Map<Mark, String> marks, String feeling, String legend, String commitment, String description) {}

    private final String name;
    private final PathMapDocument map;
    private final Labels labels;

    public PathMapDrawing(String name, PathMapDocument map, Labels labels) {
        this.name = name;
        this.map = map;
        this.labels = labels;
    }

    public double width() {
        return MARGIN * 2 + LABEL_WIDTH + Math.max(1, map.touchpoints().size()) * COLUMN;
    }

    public double height() {
        return MARGIN * 2 + TITLE + EMOTION_HEIGHT + map.lanes().size() * LANE_HEIGHT + LEGEND;
    }

    /** What the picture shows, in one sentence: its {@code <desc>}. */
    public String description() {
        return java.text.MessageFormat.format(
                labels.description(),
                map.touchpoints().size(),
                map.lanes().size(),
                map.count(Mark.BOUNCE),
                map.count(Mark.WAIT),
                map.handOffs());
    }

    public String svg() {
        SvgCanvas canvas = new SvgCanvas(width(), height(), name, description());
        draw(canvas);
        return canvas.svg();
    }

    public String svgDocument() {
        SvgCanvas canvas = new SvgCanvas(width(), height(), name, description());
        draw(canvas);
        return canvas.document();
    }

    public byte[] png() {
        ImageCanvas canvas = new ImageCanvas(width(), height(), 2);
        draw(canvas);
        return canvas.png();
    }

    /** Draws the map with its top left at 0,0. */
    public void draw(Canvas canvas) {
        double right = width() - MARGIN;
        canvas.text(MARGIN, MARGIN + 22, name, 20, true, INK, Anchor.START);
        double emotionTop = MARGIN + TITLE;
        double lanesTop = emotionTop + EMOTION_HEIGHT;
        drawFeeling(canvas, emotionTop, right);
        List<Lane> lanes = map.lanes();
        for (int i = 0; i < lanes.size(); i++) {
            double top = lanesTop + i * LANE_HEIGHT;
            canvas.rect(
                    MARGIN, top + 2, right - MARGIN, LANE_HEIGHT - 4, i % 2 == 0 ? LANE_FILL : Color.WHITE, GRID, 1);
            List<String> lines = Canvas.wrap(lanes.get(i).name(), 15, LABEL_WIDTH - 20);
            double lineY = top + LANE_HEIGHT / 2 - (lines.size() - 1) * 9 + 5;
            for (String line : lines.subList(0, Math.min(3, lines.size()))) {
                canvas.text(MARGIN + 10, lineY, line, 15, true, INK, Anchor.START);
                lineY += 18;
            }
        }
        List<Touchpoint> points = map.touchpoints();
        for (int j = 1; j < points.size(); j++) {
            drawConnection(canvas, j, lanesTop);
        }
        for (int j = 0; j < points.size(); j++) {
            drawCard(canvas, j, points.get(j), lanesTop);
        }
        double legendY = lanesTop + lanes.size() * LANE_HEIGHT + 22;
        canvas.line(MARGIN, legendY - 5, MARGIN + 40, legendY - 5, HAND_OFF, 3, true);
        canvas.text(MARGIN + 50, legendY, labels.legend(), 13, false, INK, Anchor.START);
    }

    static double centre(int column) {
        return MARGIN + LABEL_WIDTH + column * COLUMN + COLUMN / 2;
    }

    private double cardTop(Touchpoint point, double lanesTop) {
        return lanesTop + map.laneIndex(point.lane()) * LANE_HEIGHT + (LANE_HEIGHT - CARD_HEIGHT) / 2;
    }

    private void drawFeeling(Canvas canvas, double top, double right) {
        canvas.text(MARGIN + 10, top + 16, labels.feeling(), 13, true, INK, Anchor.START);
        for (int level = -2; level <= 2; level++) {
            double y = feelingY(top, level);
            canvas.line(MARGIN + LABEL_WIDTH - 30, y, right, y, GRID, 1, level != 0);
            canvas.text(
                    MARGIN + LABEL_WIDTH - 36,
                    y + 4,
                    level > 0 ? "+" + level : Integer.toString(level),
                    11,
                    false,
                    INK,
                    Anchor.END);
        }
        List<Touchpoint> points = map.touchpoints();
        if (points.isEmpty()) {
            return;
        }
        double[] xs = new double[points.size()];
        double[] ys = new double[points.size()];
        for (int j = 0; j < points.size(); j++) {
            xs[j] = centre(j);
            ys[j] = feelingY(top, points.get(j).emotion());
        }
        canvas.polyline(xs, ys, EMOTION, 3);
        for (int j = 0; j < points.size(); j++) {
            canvas.circle(xs[j], ys[j], 5, EMOTION, Color.WHITE);
        }
    }

    private static double feelingY(double top, int level) {
        return top + 30 + (2 - level) * (EMOTION_HEIGHT - 44) / 4;
    }

    private void drawConnection(Canvas canvas, int j, double lanesTop) {
        Touchpoint before = map.touchpoints().get(j - 1);
        Touchpoint after = map.touchpoints().get(j);
        double x1 = centre(j - 1) + CARD_WIDTH / 2;
        double y1 = cardTop(before, lanesTop) + CARD_HEIGHT / 2;
        double x2 = centre(j) - CARD_WIDTH / 2;
        double y2 = cardTop(after, lanesTop) + CARD_HEIGHT / 2;
        boolean handOff = map.handOffBefore(j);
        Color colour = handOff ? HAND_OFF : INK;
        canvas.line(x1, y1, x2 - 2, y2, colour, handOff ? 3 : 1.5, handOff);
        double angle = Math.atan2(y2 - y1, x2 - x1);
        double size = 9;
        canvas.polyline(
                new double[] {x2 - size * Math.cos(angle - 0.45), x2, x2 - size * Math.cos(angle + 0.45)},
                new double[] {y2 - size * Math.sin(angle - 0.45), y2, y2 - size * Math.sin(angle + 0.45)},
                colour,
                2);
    }

    private void drawCard(Canvas canvas, int j, Touchpoint point, double lanesTop) {
        double left = centre(j) - CARD_WIDTH / 2;
        double top = cardTop(point, lanesTop);
        boolean bounce = point.has(Mark.BOUNCE);
        canvas.rect(
                left,
                top,
                CARD_WIDTH,
                CARD_HEIGHT,
                Color.WHITE,
                bounce ? MARK_COLOURS.get(Mark.BOUNCE) : INK,
                bounce ? 3 : 1.2);
        List<String> lines =
                Canvas.wrap((j + 1) + ". " + (point.text().isBlank() ? "…" : point.text()), 13, CARD_WIDTH - 16);
        int room = 3;
        double y = top + 19;
        for (int i = 0; i < Math.min(room, lines.size()); i++) {
            String line = lines.get(i);
            if (i == room - 1 && lines.size() > room) {
                line = line.length() > 1 ? line.substring(0, line.length() - 1) + "…" : line;
            }
            canvas.text(left + 8, y, line, 13, i == 0, INK, Anchor.START);
            y += 16;
        }
        List<String> marks = new ArrayList<>();
        List<Color> colours = new ArrayList<>();
        for (Mark mark : Mark.values()) {
            if (point.has(mark)) {
                marks.add(labels.marks().get(mark));
                colours.add(MARK_COLOURS.get(mark));
            }
        }
        if (point.commitmentId() != null) {
            marks.add(labels.commitment());
            colours.add(COMMITMENT);
        }
        double markY = top + CARD_HEIGHT - 22;
        double markX = left + 8;
        for (int i = 0; i < marks.size(); i++) {
            String text = marks.get(i);
            double w = Canvas.width(text, 11) + 10;
            if (markX + w > left + CARD_WIDTH - 4 && markX > left + 8) {
                markX = left + 8;
                markY -= 16;
            }
            canvas.rect(markX, markY, w, 16, Color.WHITE, colours.get(i), 1.2);
            canvas.text(markX + 5, markY + 12, text, 11, true, colours.get(i), Anchor.START);
            markX += w + 4;
        }
    }
}
