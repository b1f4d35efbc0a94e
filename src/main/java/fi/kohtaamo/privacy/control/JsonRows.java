package fi.kohtaamo.privacy.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Timestamp;
import java.time.temporal.TemporalAccessor;
import java.util.List;

/**
 * Rows of a database query as a JSON array of objects, one named member per column. Values keep their JSON type
 * (numbers, booleans, {@code null}); times and dates become ISO-8601 text; anything else becomes text.
 */
final class JsonRows {

    private JsonRows() {}

    static JsonArray of(List<String> columns, List<Object[]> rows) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Object[] row : rows) {
            JsonObjectBuilder object = Json.createObjectBuilder();
            for (int i = 0; i < columns.size(); i++) {
                add(object, columns.get(i), row[i]);
            }
            array.add(object);
        }
        return array.build();
    }

    static void add(JsonObjectBuilder object, String name, Object value) {
        if (value == null) {
            object.addNull(name);
        } else if (value instanceof Boolean b) {
            object.add(name, b);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            object.add(name, ((Number) value).longValue());
        } else if (value instanceof BigDecimal d) {
            object.add(name, d);
        } else if (value instanceof BigInteger i) {
            object.add(name, i);
        } else if (value instanceof Number n) {
            object.add(name, n.doubleValue());
        } else if (value instanceof Timestamp t) {
            object.add(name, t.toLocalDateTime().toString());
        } else if (value instanceof java.sql.Date d) {
            object.add(name, d.toLocalDate().toString());
        } else if (value instanceof TemporalAccessor t) {
            object.add(name, t.toString());
        } else {
            object.add(name, value.toString());
        }
    }
}
