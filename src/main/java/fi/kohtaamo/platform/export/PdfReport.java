package fi.kohtaamo.platform.export;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A landscape A4 report for a management meeting, written top to bottom: headings, paragraphs, tables (which continue
 * on the next page) and line charts drawn as vector graphics, so they print sharp. Text is set in Helvetica; the few
 * characters it cannot show (Greek letters, say) are spelled out or replaced.
 *
 * <pre>{@code
 * byte[] pdf = new PdfReport("Training and outcomes").heading("Units").table(headers, widths, rows).bytes();
 * }</pre>
 */
public final class PdfReport {

    private static final float MARGIN = 36;
    private static final PDRectangle SIZE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final Color PRIMARY = new Color(0, 105, 120);

    /** One series of a line chart: values per label (null where there is none), drawn in a colour. */
    public record Series(String label, List<Double> values, Color colour, boolean band) {}

    private final PDDocument document = new PDDocument();
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private PDPageContentStream page;
    private float y;

    public PdfReport(String title) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("Kohtaamo");
        newPage();
        write(title, bold, 16);
        y -= 6;
    }

    public PdfReport heading(String text) {
        room(40);
        y -= 8;
        write(text, bold, 12);
        return this;
    }

    public PdfReport paragraph(String text) {
        for (String line : wrap(text, regular, 9, SIZE.getWidth() - 2 * MARGIN)) {
            room(14);
            write(line, regular, 9);
        }
        return this;
    }

    /**
     * A table with a bold header row. Text longer than its column wraps onto more lines (nothing is cut off); a row
     * that does not fit starts a new page, header repeated.
     */
    public PdfReport table(List<String> headers, float[] widths, List<List<String>> rows) {
        room(40);
        row(headers, widths, bold);
        for (List<String> cells : rows) {
            if (y - height(cells, widths, regular) < MARGIN) {
                newPage();
                row(headers, widths, bold);
            }
            row(cells, widths, regular);
        }
        return this;
    }

    private static final float CELL_SIZE = 8;
    private static final float CELL_LINE = 9.5f;

    private static List<List<String>> lines(List<String> cells, float[] widths, PDType1Font font) {
        List<List<String>> lines = new java.util.ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            lines.add(wrap(cells.get(i) == null ? "" : cells.get(i), font, CELL_SIZE, widths[i] - 4));
        }
        return lines;
    }

    private static float height(List<String> cells, float[] widths, PDType1Font font) {
        int most =
                lines(cells, widths, font).stream().mapToInt(List::size).max().orElse(1);
        return Math.max(1, most) * CELL_LINE + 4.5f;
    }

    private void row(List<String> cells, float[] widths, PDType1Font font) {
        List<List<String>> lines = lines(cells, widths, font);
        float height = height(cells, widths, font);
        float x = MARGIN;
        try {
            for (int i = 0; i < cells.size(); i++) {
                float lineY = y - 10;
                for (String line : lines.get(i)) {
                    page.beginText();
                    page.setFont(font, CELL_SIZE);
                    page.newLineAtOffset(x + 2, lineY);
                    page.showText(line);
                    page.endText();
                    lineY -= CELL_LINE;
                }
                x += widths[i];
            }
            page.setStrokingColor(Color.LIGHT_GRAY);
            page.moveTo(MARGIN, y - height + 1);
            page.lineTo(x, y - height + 1);
            page.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= height;
    }

    /**
     * A line chart over the labels, with a vertical scale from {@code min} to {@code max}. A null value is a gap in
     * its line (a month with too few answers to show); a value alone between gaps is a dot. A series marked as a band
     * pairs with the next one: the area between them is shaded.
     */
    public PdfReport lineChart(List<String> labels, double min, double max, List<Series> series) {
        float height = 170;
        room(height + 40);
        float left = MARGIN + 30;
        float width = SIZE.getWidth() - 2 * MARGIN - 40;
        float bottom = y - height - 10;
        try {
            page.setStrokingColor(Color.GRAY);
            page.setLineWidth(0.5f);
            page.addRect(left, bottom, width, height);
            page.stroke();
            for (double tick : new double[] {min, (min + max) / 2, max}) {
                float ty = bottom + (float) ((tick - min) / (max - min)) * height;
                text(String.valueOf(Math.round(tick)), regular, 7, MARGIN, ty - 2);
            }
            float step = labels.size() < 2 ? width : width / (labels.size() - 1);
            for (int i = 0; i < labels.size(); i += Math.max(1, labels.size() / 8)) {
                text(labels.get(i), regular, 7, left + i * step - 10, bottom - 10);
            }
            for (int s = 0; s < series.size(); s++) {
                Series line = series.get(s);
                if (line.band() && s + 1 < series.size()) {
                    shade(line.values(), series.get(s + 1).values(), left, bottom, step, height, min, max);
                    s++;
                    continue;
                }
                page.setStrokingColor(line.colour());
                page.setLineWidth(1.5f);
                boolean drawing = false;
                for (int i = 0; i < line.values().size(); i++) {
                    Double v = line.values().get(i);
                    if (v == null) {
                        if (drawing) {
                            page.stroke();
                            drawing = false;
                        }
                        continue;
                    }
                    float px = left + i * step;
                    float py = bottom + (float) ((v - min) / (max - min)) * height;
                    boolean alone = !drawing
                            && (i + 1 == line.values().size() || line.values().get(i + 1) == null);
                    if (alone) {
                        page.setNonStrokingColor(line.colour());
                        page.addRect(px - 1.5f, py - 1.5f, 3, 3);
                        page.fill();
                        page.setNonStrokingColor(Color.BLACK);
                        continue;
                    }
                    if (drawing) {
                        page.lineTo(px, py);
                    } else {
                        page.moveTo(px, py);
                        drawing = true;
                    }
                }
                if (drawing) {
                    page.stroke();
                }
            }
            float lx = left;
            for (Series line : series) {
                if (line.band()) {
                    continue;
                }
                page.setNonStrokingColor(line.colour());
                page.addRect(lx, bottom - 24, 8, 8);
                page.fill();
                page.setNonStrokingColor(Color.BLACK);
                text(line.label(), regular, 8, lx + 11, bottom - 23);
                lx += 20 + regular.getStringWidth(clean(line.label())) / 1000 * 8;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = bottom - 34;
        return this;
    }

    private void shade(
            List<Double> low,
            List<Double> high,
            float left,
            float bottom,
            float step,
            float height,
            double min,
            double max)
            throws IOException {
        page.setNonStrokingColor(new Color(0, 105, 120, 40));
        page.setNonStrokingColor(new Color(204, 228, 231));
        for (int i = 0; i + 1 < low.size(); i++) {
            if (low.get(i) == null || low.get(i + 1) == null || high.get(i) == null || high.get(i + 1) == null) {
                continue;
            }
            page.moveTo(left + i * step, scale(low.get(i), bottom, height, min, max));
            page.lineTo(left + (i + 1) * step, scale(low.get(i + 1), bottom, height, min, max));
            page.lineTo(left + (i + 1) * step, scale(high.get(i + 1), bottom, height, min, max));
            page.lineTo(left + i * step, scale(high.get(i), bottom, height, min, max));
            page.closePath();
            page.fill();
        }
        page.setNonStrokingColor(Color.BLACK);
    }

    private static float scale(double value, float bottom, float height, double min, double max) {
        return bottom + (float) ((value - min) / (max - min)) * height;
    }

    /**
     * A diagram drawn as vector graphics, scaled down to fit the page if it is larger, on a new page if it does not
     * fit on this one. The diagram draws itself on the {@link Canvas} it is given, in its own points from its top left.
     */
    public PdfReport drawing(double width, double height, java.util.function.Consumer<Canvas> diagram) {
        float scale = (float) Math.min(
                1, Math.min((SIZE.getWidth() - 2 * MARGIN) / width, (SIZE.getHeight() - 2 * MARGIN - 8) / height));
        float drawn = (float) height * scale;
        room(drawn + 8);
        float top = y - 4;
        try {
            page.saveGraphicsState();
            page.transform(new org.apache.pdfbox.util.Matrix(scale, 0, 0, -scale, MARGIN, top));
            diagram.accept(new PdfCanvas());
            page.restoreGraphicsState();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = top - drawn - 8;
        return this;
    }

    /** Draws on the current page in a diagram's coordinates (y downwards, set up by {@link #drawing}). */
    private final class PdfCanvas implements Canvas {

        @Override
        public void rect(double x, double y, double w, double h, Color fill, Color stroke, double strokeWidth) {
            paint(() -> page.addRect((float) x, (float) y, (float) w, (float) h), fill, stroke, strokeWidth, false);
        }

        @Override
        public void line(double x1, double y1, double x2, double y2, Color stroke, double w, boolean dashed) {
            paint(
                    () -> {
                        page.moveTo((float) x1, (float) y1);
                        page.lineTo((float) x2, (float) y2);
                    },
                    null,
                    stroke,
                    w,
                    dashed);
        }

        @Override
        public void polyline(double[] xs, double[] ys, Color stroke, double w) {
            paint(
                    () -> {
                        for (int i = 0; i < xs.length; i++) {
                            if (i == 0) {
                                page.moveTo((float) xs[i], (float) ys[i]);
                            } else {
                                page.lineTo((float) xs[i], (float) ys[i]);
                            }
                        }
                    },
                    null,
                    stroke,
                    w,
                    false);
        }

        @Override
        public void circle(double cx, double cy, double r, Color fill, Color stroke) {
            float k = 0.552f * (float) r;
            float x = (float) cx;
            float yy = (float) cy;
            float rr = (float) r;
            paint(
                    () -> {
                        page.moveTo(x + rr, yy);
                        page.curveTo(x + rr, yy + k, x + k, yy + rr, x, yy + rr);
                        page.curveTo(x - k, yy + rr, x - rr, yy + k, x - rr, yy);
                        page.curveTo(x - rr, yy - k, x - k, yy - rr, x, yy - rr);
                        page.curveTo(x + k, yy - rr, x + rr, yy - k, x + rr, yy);
                        page.closePath();
                    },
                    fill,
                    stroke,
                    1.5,
                    false);
        }

        @Override
        public void text(double x, double atY, String text, double size, boolean isBold, Color colour, Anchor anchor) {
            PDType1Font font = isBold ? bold : regular;
            String shown = clean(text);
            try {
                float w = width(font, shown, (float) size);
                float left = (float) (anchor == Anchor.START ? x : anchor == Anchor.MIDDLE ? x - w / 2 : x - w);
                page.setNonStrokingColor(colour);
                page.beginText();
                page.setFont(font, (float) size);
                // The diagram's y axis points down: flip the text back upright at its baseline.
                page.setTextMatrix(new org.apache.pdfbox.util.Matrix(1, 0, 0, -1, left, (float) atY));
                page.showText(shown);
                page.endText();
                page.setNonStrokingColor(Color.BLACK);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private interface Path {
            void draw() throws IOException;
        }

        private void paint(Path path, Color fill, Color stroke, double strokeWidth, boolean dashed) {
            try {
                if (fill != null) {
                    page.setNonStrokingColor(fill);
                    path.draw();
                    page.fill();
                }
                if (stroke != null) {
                    page.setStrokingColor(stroke);
                    page.setLineWidth((float) strokeWidth);
                    page.setLineDashPattern(dashed ? new float[] {8, 5} : new float[0], 0);
                    path.draw();
                    page.stroke();
                    page.setLineDashPattern(new float[0], 0);
                }
                page.setNonStrokingColor(Color.BLACK);
                page.setStrokingColor(Color.BLACK);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public byte[] bytes() {
        try {
            page.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void newPage() {
        try {
            if (page != null) {
                page.close();
            }
            PDPage next = new PDPage(SIZE);
            document.addPage(next);
            page = new PDPageContentStream(document, next);
            y = SIZE.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void room(float needed) {
        if (y - needed < MARGIN) {
            newPage();
        }
    }

    private void write(String text, PDType1Font font, float size) {
        text(text, font, size, MARGIN, y - size);
        y -= size + 5;
    }

    private void text(String text, PDType1Font font, float size, float x, float atY) {
        try {
            page.setNonStrokingColor(font == bold ? PRIMARY : Color.BLACK);
            page.beginText();
            page.setFont(font, size);
            page.newLineAtOffset(x, atY);
            page.showText(clean(text));
            page.endText();
            page.setNonStrokingColor(Color.BLACK);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with characters Helvetica's encoding lacks spelled out or replaced. */
    static String clean(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case 'ρ' -> out.append("rho");
                case '−' -> out.append('-');
                case '\n', '\r', '\t' -> out.append(' ');
                default -> out.append(c < 256 || "–—‘’“”…€•".indexOf(c) >= 0 ? c : '?');
            }
        }
        return out.toString();
    }

    /** The text in lines no wider than {@code width}; a word wider than that is broken where it must be. */
    static List<String> wrap(String text, PDType1Font font, float size, float width) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        try {
            for (String word : clean(text).split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(font, candidate, size) <= width) {
                    line = new StringBuilder(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                }
                line = new StringBuilder();
                for (char c : word.toCharArray()) {
                    if (!line.isEmpty() && width(font, line.toString() + c, size) > width) {
                        lines.add(line.toString());
                        line = new StringBuilder();
                    }
                    line.append(c);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static float width(PDType1Font font, String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }
}
