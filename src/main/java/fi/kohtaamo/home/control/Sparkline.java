package fi.kohtaamo.home.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small inline SVG line of monthly NPS, −100 at the bottom and +100 at the top, for a tile: a month without enough
 * answers is a gap, and a month alone between gaps is a dot. The picture is decorative ({@code aria-hidden}); the tile
 * says the figures in words beside it.
 *
 * <pre>{@code
 * Sparkline.svg(List.of(12.0, null, 20.0, 25.0)); // <svg class="sparkline" ...><circle .../><polyline .../></svg>
 * }</pre>
 */
public final class Sparkline {

    static final int STEP = 10;
    static final int HEIGHT = 28;

    private Sparkline() {}

    public static String svg(List<Double> values) {
        int width = Math.max(STEP, (values.size() - 1) * STEP);
        StringBuilder shapes = new StringBuilder();
        List<String> run = new ArrayList<>();
        for (int i = 0; i <= values.size(); i++) {
            Double value = i < values.size() ? values.get(i) : null;
            if (value != null && !value.isNaN()) {
                run.add(i * STEP + "," + y(value));
                continue;
            }
            if (run.size() == 1) {
                String[] point = run.get(0).split(",");
                shapes.append("<circle cx=\"%s\" cy=\"%s\" r=\"2\"/>".formatted(point[0], point[1]));
            } else if (run.size() > 1) {
                shapes.append("<polyline fill=\"none\" points=\"")
                        .append(String.join(" ", run))
                        .append("\"/>");
            }
            run.clear();
        }
        return String.format(
                Locale.ROOT,
                "<svg class=\"sparkline\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" aria-hidden=\"true\""
                        + " focusable=\"false\"><line x1=\"0\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"sparkline-zero\"/>%s</svg>",
                width,
                HEIGHT,
                width,
                HEIGHT,
                HEIGHT / 2,
                width,
                HEIGHT / 2,
                shapes);
    }

    /** The height of an NPS value, within the picture even for values outside −100…100. */
    static long y(double nps) {
        double clamped = Math.max(-100, Math.min(100, nps));
        return Math.round(HEIGHT - (clamped + 100) * HEIGHT / 200.0);
    }
}
