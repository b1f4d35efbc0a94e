package fi.kohtaamo.platform.export;

import java.awt.Color;

/**
 * Somewhere to draw a diagram once and get it as SVG ({@link SvgCanvas}), as a picture ({@link ImageCanvas}) or as
 * vector graphics in a PDF ({@link PdfReport#drawing}). Coordinates are points from the top left, y downwards; a
 * null colour draws nothing.
 *
 * <pre>{@code
 * SvgCanvas svg = new SvgCanvas(400, 200, "Title", "What the picture shows");
 * svg.rect(10, 10, 100, 40, Color.WHITE, Color.BLACK, 1);
 * svg.text(20, 35, "A box", 14, false, Color.BLACK, Canvas.Anchor.START);
 * String markup = svg.svg();
 * }</pre>
 */
public interface Canvas {

    /** Where a text's x coordinate is: at its start, middle or end. */
    enum Anchor {
        START,
        MIDDLE,
        END
    }

    void rect(double x, double y, double width, double height, Color fill, Color stroke, double strokeWidth);

    void line(double x1, double y1, double x2, double y2, Color stroke, double width, boolean dashed);

    void polyline(double[] xs, double[] ys, Color stroke, double width);

    void circle(double cx, double cy, double r, Color fill, Color stroke);

    /** One line of text with its baseline at {@code y}. */
    void text(double x, double y, String text, double size, boolean bold, Color colour, Anchor anchor);

    /** About how wide a text is, to wrap it: the same estimate on every canvas, so that all draw the same lines. */
    static double width(String text, double size) {
        return text.length() * size * 0.55;
    }

    /** Splits text into lines of at most {@code width}; a word longer than a line is cut. */
    static java.util.List<String> wrap(String text, double size, double width) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        int most = Math.max(1, (int) (width / (size * 0.55)));
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            while (word.length() > most) {
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, most));
                word = word.substring(most);
            }
            if (line.isEmpty()) {
                line.append(word);
            } else if (line.length() + 1 + word.length() <= most) {
                line.append(' ').append(word);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
