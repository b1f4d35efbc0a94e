package fi.kohtaamo.platform.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the audit log page asks for: a period of days (both ends included, either open), part of the actor's username,
 * one action, and a text to find in the target, the detail or the address. Empty parts do not filter.
 *
 * @param from the first day, or {@code null}
 * @param to the last day, or {@code null}
 * @param actor part of the username, any case
 * @param action one action, or {@code null} for all
 * @param text part of the target's id or label, the detail or the client address, any case
 */
public record AuditFilter(LocalDate from, LocalDate to, String actor, AuditAction action, String text) {

    /** No filter: every event. */
    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);

    /** A JPQL condition on {@code e} (an {@link AuditEvent}) and its parameters. */
    public record Where(String condition, Map<String, Object> parameters) {}

    public Where where() {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (from != null) {
            conditions.add("e.at >= :from");
            parameters.put("from", from.atStartOfDay());
        }
        if (to != null) {
            conditions.add("e.at < :to");
            parameters.put("to", to.plusDays(1).atStartOfDay());
        }
        if (!blank(actor)) {
            conditions.add("lower(e.actorUsername) like :actor escape '\\'");
            parameters.put("actor", contains(actor));
        }
        if (action != null) {
            conditions.add("e.action = :action");
            parameters.put("action", action);
        }
        if (!blank(text)) {
            conditions.add("(lower(e.targetLabel) like :text escape '\\' or lower(e.targetId) like :text escape '\\'"
                    + " or lower(e.detail) like :text escape '\\' or lower(e.clientAddress) like :text escape '\\')");
            parameters.put("text", contains(text));
        }
        return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), parameters);
    }

    /** A LIKE pattern that finds the text anywhere, with the user's own % and _ taken literally. */
    static String contains(String text) {
        String escaped = text.strip()
                .toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
