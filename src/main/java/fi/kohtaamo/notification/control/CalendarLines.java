package fi.kohtaamo.notification.control;

import java.nio.charset.StandardCharsets;

/**
 * Calendar attachments as they travel: RFC 5545 §3.1 allows a content line of at most 75 octets, so longer ones are
 * folded when a mail is sent. The outbox keeps the calendar unfolded, so that what it holds can be searched and a
 * name replaced (erasure) however long its line is. A calendar file downloaded from a page is folded the same way.
 */
public final class CalendarLines {

    private CalendarLines() {}

    /** The longest content line RFC 5545 allows, in octets of UTF-8 and without its line break (§3.1). */
    static final int MAX_LINE_OCTETS = 75;

    /**
     * Folds every line longer than {@value #MAX_LINE_OCTETS} octets into continuation lines that begin with a space, as
     * RFC 5545 §3.1 requires, never inside a character's UTF-8 bytes. (ical4j's own folding counts characters, so a
     * Finnish line of 73 characters can still be 90 octets.)
     */
    public static String fold(String unfolded) {
        StringBuilder folded = new StringBuilder(unfolded.length() + unfolded.length() / 64 * 3);
        for (String line : unfolded.split("\r\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
                if (octets + size > MAX_LINE_OCTETS) {
                    folded.append("\r\n ");
                    octets = 1;
                }
                folded.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
            folded.append("\r\n");
        }
        return folded.toString();
    }
}
