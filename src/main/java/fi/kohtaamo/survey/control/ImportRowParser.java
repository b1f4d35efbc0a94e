package fi.kohtaamo.survey.control;

import fi.kohtaamo.platform.imports.ImportDates;
import fi.kohtaamo.platform.imports.ImportHeaders;
import fi.kohtaamo.survey.control.ImportMapping.Field;
import fi.kohtaamo.survey.entity.Channel;
import fi.kohtaamo.survey.entity.CustomerResponse;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns one row of an uploaded file into a customer response, or into the list of everything wrong with it, so that a
 * person can fix every problem of a row at once. Dates may be ISO ({@code 2026-11-22T14:05}, with or without an
 * offset) or Finnish ({@code 22.11.2026 14:05}, {@code 22.11.2026 klo 14.05}); scores may use a decimal comma as long
 * as they are whole numbers. A visit date, when the file has one, is read the same way and may not be after the answer
 * or in the future; an empty cell means the visit is not known.
 */
public final class ImportRowParser {

    /** Why a cell was refused; the message key is {@code import.reason.<name>}. */
    public enum Reason {
        MISSING,
        UNKNOWN_UNIT,
        NOT_A_WHOLE_NUMBER,
        NPS_RANGE,
        CSAT_RANGE,
        BAD_DATE,
        FUTURE_DATE,
        VISIT_AFTER_ANSWER,
        UNKNOWN_CHANNEL,
        TOO_LONG
    }

    public record Problem(Field field, String value, Reason reason) {}

    /** A valid row, ready to be stored; the visit time is null when the file has none. */
    public record Row(
            long unitId,
            LocalDateTime answeredAt,
            LocalDateTime visitedAt,
            int nps,
            Integer csat,
            String comment,
            Channel channel,
            String externalId,
            String dedupeKey) {}

    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d+(?:[.,]0*)?");
    private static final Map<String, Channel> CHANNELS = Map.ofEntries(
            Map.entry("kaynti", Channel.VISIT),
            Map.entry("asiointi", Channel.VISIT),
            Map.entry("myymala", Channel.VISIT),
            Map.entry("store", Channel.VISIT),
            Map.entry("besok", Channel.VISIT),
            Map.entry("puhelin", Channel.PHONE),
            Map.entry("call", Channel.PHONE),
            Map.entry("telefon", Channel.PHONE),
            Map.entry("verkko", Channel.ONLINE),
            Map.entry("web", Channel.ONLINE),
            Map.entry("chat", Channel.ONLINE),
            Map.entry("email", Channel.ONLINE),
            Map.entry("sahkoposti", Channel.ONLINE),
            Map.entry("webb", Channel.ONLINE),
            Map.entry("muu", Channel.OTHER),
            Map.entry("annat", Channel.OTHER));

    private final ImportMapping mapping;
    private final Function<String, Optional<Long>> unitByCode;
    private final Channel defaultChannel;
    private final LocalDateTime latest;

    /**
     * @param unitByCode finds a unit's id by its code
     * @param latest answers after this are in the future
     */
    public ImportRowParser(
            ImportMapping mapping,
            Function<String, Optional<Long>> unitByCode,
            Channel defaultChannel,
            LocalDateTime latest) {
        this.mapping = mapping;
        this.unitByCode = unitByCode;
        this.defaultChannel = defaultChannel;
        this.latest = latest;
    }

    /** The parsed row, or the problems that stop it (never both empty). */
    public record Result(Row row, List<Problem> problems) {
        public boolean valid() {
            return row != null;
        }
    }

    /** The column a field is read from, or null. */
    public Integer column(Field field) {
        return mapping.column(field);
    }

    public Result parse(List<String> cells) {
        List<Problem> problems = new ArrayList<>();

        String unitCode = cell(cells, Field.UNIT);
        Long unitId = null;
        if (unitCode.isEmpty()) {
            problems.add(new Problem(Field.UNIT, unitCode, Reason.MISSING));
        } else {
            unitId = unitByCode.apply(unitCode).orElse(null);
            if (unitId == null) {
                problems.add(new Problem(Field.UNIT, unitCode, Reason.UNKNOWN_UNIT));
            }
        }

        String date = cell(cells, Field.ANSWERED_AT);
        LocalDateTime answeredAt = null;
        if (date.isEmpty()) {
            problems.add(new Problem(Field.ANSWERED_AT, date, Reason.MISSING));
        } else {
            answeredAt = parseDate(date).orElse(null);
            if (answeredAt == null) {
                problems.add(new Problem(Field.ANSWERED_AT, date, Reason.BAD_DATE));
            } else if (answeredAt.isAfter(latest)) {
                problems.add(new Problem(Field.ANSWERED_AT, date, Reason.FUTURE_DATE));
            }
        }

        String visit = cell(cells, Field.VISITED_AT);
        LocalDateTime visitedAt = null;
        if (!visit.isEmpty()) {
            visitedAt = parseDate(visit).orElse(null);
            if (visitedAt == null) {
                problems.add(new Problem(Field.VISITED_AT, visit, Reason.BAD_DATE));
            } else if (visitedAt.isAfter(latest)) {
                problems.add(new Problem(Field.VISITED_AT, visit, Reason.FUTURE_DATE));
            } else if (answeredAt != null && visitedAt.isAfter(answeredAt)) {
                problems.add(new Problem(Field.VISITED_AT, visit, Reason.VISIT_AFTER_ANSWER));
            }
        }

        Integer nps = score(cells, Field.NPS, 0, 10, Reason.NPS_RANGE, problems);
        Integer csat = score(cells, Field.CSAT, 1, 5, Reason.CSAT_RANGE, problems);

        String comment = cell(cells, Field.COMMENT);
        if (comment.length() > 4000) {
            problems.add(new Problem(Field.COMMENT, comment.substring(0, 40) + "…", Reason.TOO_LONG));
        }

        Channel channel = defaultChannel;
        String channelText = cell(cells, Field.CHANNEL);
        if (!channelText.isEmpty()) {
            channel = channel(channelText);
            if (channel == null) {
                problems.add(new Problem(Field.CHANNEL, channelText, Reason.UNKNOWN_CHANNEL));
            }
        }

        String externalId = cell(cells, Field.EXTERNAL_ID);
        if (externalId.length() > 200) {
            problems.add(new Problem(Field.EXTERNAL_ID, externalId.substring(0, 40) + "…", Reason.TOO_LONG));
        }

        if (!problems.isEmpty() || nps == null) {
            return new Result(null, problems);
        }
        String storedComment = comment.isEmpty() ? null : comment;
        String storedId = externalId.isEmpty() ? null : externalId;
        return new Result(
                new Row(
                        unitId,
                        answeredAt,
                        visitedAt,
                        nps,
                        csat,
                        storedComment,
                        channel,
                        storedId,
                        CustomerResponse.dedupeKey(unitId, answeredAt, nps, csat, storedComment, channel, storedId)),
                List.of());
    }

    private Integer score(List<String> cells, Field field, int min, int max, Reason range, List<Problem> problems) {
        String text = cell(cells, field);
        if (text.isEmpty()) {
            if (field.isRequired()) {
                problems.add(new Problem(field, text, Reason.MISSING));
            }
            return null;
        }
        if (!WHOLE.matcher(text).matches()) {
            problems.add(new Problem(field, text, Reason.NOT_A_WHOLE_NUMBER));
            return null;
        }
        String digits = text.replaceFirst("[.,]0*$", "");
        int value;
        try {
            value = Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            problems.add(new Problem(field, text, range));
            return null;
        }
        if (value < min || value > max) {
            problems.add(new Problem(field, text, range));
            return null;
        }
        return value;
    }

    private String cell(List<String> cells, Field field) {
        Integer column = mapping.column(field);
        if (column == null || column >= cells.size() || cells.get(column) == null) {
            return "";
        }
        return cells.get(column).strip();
    }

    /** ISO or Finnish date and time; an offset is converted to Finnish time ({@link ImportDates}). */
    static Optional<LocalDateTime> parseDate(String text) {
        return ImportDates.parse(text);
    }

    static Channel channel(String text) {
        String name = ImportHeaders.normalise(text);
        for (Channel channel : Channel.values()) {
            if (channel.name().toLowerCase(Locale.ROOT).equals(name)) {
                return channel;
            }
        }
        return CHANNELS.get(name);
    }
}
