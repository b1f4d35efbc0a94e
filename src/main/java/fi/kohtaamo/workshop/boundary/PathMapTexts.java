package fi.kohtaamo.workshop.boundary;

import fi.kohtaamo.platform.i18n.Language;
import fi.kohtaamo.workshop.control.PathMapDocument;
import fi.kohtaamo.workshop.control.PathMapDocument.Mark;
import fi.kohtaamo.workshop.control.PathMapDrawing;
import fi.kohtaamo.workshop.control.PathMapProblem;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/** The words of customer-path maps in one language: the drawing's labels, marks, and problems as messages. */
record PathMapTexts(ResourceBundle bundle, Locale locale) {

    static PathMapTexts in(String tag) {
        Locale locale = Language.formatting(Language.SUPPORTED.contains(tag) ? tag : "en");
        return new PathMapTexts(ResourceBundle.getBundle(Language.BUNDLE, locale), locale);
    }

    String text(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    String problem(PathMapProblem problem) {
        return bundle.containsKey(problem.messageKey())
                ? text(problem.messageKey(), problem.arguments())
                : problem.messageKey();
    }

    String mark(Mark mark) {
        return text("pathMap.mark." + mark.id());
    }

    String marks(PathMapDocument.Touchpoint touchpoint) {
        return touchpoint.marks().stream().map(this::mark).collect(Collectors.joining(", "));
    }

    String feeling(int emotion) {
        return text("pathMap.feel." + (emotion < 0 ? "m" + -emotion : emotion > 0 ? "p" + emotion : "0"));
    }

    PathMapDrawing.Labels labels() {
        Map<Mark, String> marks = new EnumMap<>(Mark.class);
        for (Mark mark : Mark.values()) {
            marks.put(mark, mark(mark));
        }
        return new PathMapDrawing.Labels(
                marks,
                text("pathMap.feeling"),
                text("pathMap.legend"),
                text("pathMap.commitmentMark"),
                bundle.getString("pathMap.description"));
    }

    PathMapDrawing drawing(String name, PathMapDocument document) {
        return new PathMapDrawing(name, document, labels());
    }
}
