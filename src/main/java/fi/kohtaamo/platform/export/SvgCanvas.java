package fi.kohtaamo.platform.export;

import java.awt.Color;
import java.util.Locale;

/**
 * A {@link Canvas} that writes SVG markup: an {@code <svg role="img">} named by its {@code <title>} and described by its
 * {@code <desc>}, scaling to the width it is given (its viewBox keeps the proportions). Every text is escaped, so the
 * markup can be put into a page as it is.
 */
public final class SvgCanvas implements Canvas {

    private final StringBuilder body = new StringBuilder();
    private final double width;
    private final double height;
    private final String title;
    private final String description;

    public SvgCanvas(double width, double height, String title, String description) {
        this.width = width;
        this.height = height;
        this.title = title;
        this.description = description;
    }

    @Override
    public void rect(double x, double y, double w, double h, Color fill, Color stroke, double strokeWidth) {
        body.append("<rect x=\"")
                .append(n(x))
                .append("\" y=\"")
                .append(n(y))
                .append("\" width=\"")
                .append(n(w))
                .append("\" height=\"")
                .append(n(h))
                .append("\" rx=\"6\"")
                .append(paint(fill, stroke, strokeWidth))
                .append("/>\n");
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Color stroke, double w, boolean dashed) {
        body.append("<line x1=\"")
                .append(n(x1))
                .append("\" y1=\"")
                .append(n(y1))
                .append("\" x2=\"")
                .append(n(x2))
                .append("\" y2=\"")
                .append(n(y2))
                .append('"')
                .append(paint(null, stroke, w))
                .append(dashed ? " stroke-dasharray=\"8 5\"" : "")
                .append("/>\n");
    }

    @Override
    public void polyline(double[] xs, double[] ys, Color stroke, double w) {
        body.append("<polyline points=\"");
        for (int i = 0; i < xs.length; i++) {
            body.append(i == 0 ? "" : " ").append(n(xs[i])).append(',').append(n(ys[i]));
        }
        body.append('"').append(paint(null, stroke, w)).append(" stroke-linejoin=\"round\"/>\n");
    }

    @Override
    public void circle(double cx, double cy, double r, Color fill, Color stroke) {
        body.append("<circle cx=\"")
                .append(n(cx))
                .append("\" cy=\"")
                .append(n(cy))
                .append("\" r=\"")
                .append(n(r))
                .append('"')
                .append(paint(fill, stroke, 1.5))
                .append("/>\n");
    }

    @Override
    public void text(double x, double y, String text, double size, boolean bold, Color colour, Anchor anchor) {
        body.append("<text x=\"")
                .append(n(x))
                .append("\" y=\"")
                .append(n(y))
                .append("\" font-size=\"")
                .append(n(size))
                .append('"')
                .append(bold ? " font-weight=\"bold\"" : "")
                .append(
                        anchor == Anchor.START
                                ? ""
                                : anchor == Anchor.MIDDLE ? " text-anchor=\"middle\"" : " text-anchor=\"end\"")
                .append(" fill=\"")
                .append(hex(colour))
                .append("\">")
                .append(escape(text))
                .append("</text>\n");
    }

    /** The whole SVG document's root element, without an XML declaration (for a page). */
    public String svg() {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + n(width) + " " + n(height)
                + "\" width=\"" + n(width) + "\" height=\"" + n(height) + "\" role=\"img\""
                + " font-family=\"DejaVu Sans, Verdana, sans-serif\">\n<title>" + escape(title) + "</title>\n<desc>"
                + escape(description) + "</desc>\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n" + body
                + "</svg>\n";
    }

    /** A file of its own, with the XML declaration. */
    public String document() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg();
    }

    private static String paint(Color fill, Color stroke, double strokeWidth) {
        return " fill=\"" + (fill == null ? "none" : hex(fill)) + "\""
                + (stroke == null ? "" : " stroke=\"" + hex(stroke) + "\" stroke-width=\"" + n(strokeWidth) + "\"");
    }

    private static String hex(Color colour) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", colour.getRed(), colour.getGreen(), colour.getBlue());
    }

    private static String n(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    /** Text for XML character data and attributes; control characters XML does not allow are left out. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
