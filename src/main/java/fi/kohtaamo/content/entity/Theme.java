package fi.kohtaamo.content.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a customer's comment is about, the ten themes of {@code content/themes.json}: the vocabulary file names each
 * one in Finnish, Swedish and English and lists the words that show it. The database and exports carry a theme by its
 * {@link #id()}; pages show its name from the vocabulary.
 */
public enum Theme {
    WAITING,
    FRIENDLINESS,
    EXPERTISE,
    BOUNCED,
    PROMISES,
    COMMUNICATION,
    SYSTEMS,
    WORKLOAD,
    PROCESSES,
    FACILITIES;

    /** The id the vocabulary file, stored rows and exports use: the name in lower case, e.g. {@code bounced}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Every theme's id, in order. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(Theme::id).toList();
    }

    /**
     * @throws IllegalArgumentException for an id that names no theme
     */
    public static Theme of(String id) {
        return Arrays.stream(values())
                .filter(t -> t.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown theme \"" + id + "\": use one of " + ids()));
    }
}
