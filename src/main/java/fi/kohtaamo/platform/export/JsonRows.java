package fi.kohtaamo.platform.export;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Timestamp;
import java.time.temporal.TemporalAccessor;
import java.util.List;

/**
 * Rows of a database query as a JSON array of objects, one named member per column. Values keep their JSON type
 * (numbers, booleans, {@code null}); times and dates become ISO-8601 text; anything else becomes text. A person's
 * data export is made of them, each feature querying its own tables:
 *
 * <pre>{@code
 * JsonArray keys = JsonRows.query(em, "select id, name from api_key where created_by = ?", List.of("id", "name"), id);
 * }</pre>
 */
public final class JsonRows {

    private JsonRows() {}

    /** The rows of a native query with positional parameters, one object per row named by {@code columns}. */
    @SuppressWarnings("unchecked")
    public static JsonArray query(EntityManager em, String sql, List<String> columns, Object... parameters) {
        return of(columns, positional(em, sql, parameters).getResultList());
    }

    /** Runs a native update or delete with positional parameters. */
    public static int update(EntityManager em, String sql, Object... parameters) {
        return positional(em, sql, parameters).executeUpdate();
    }

    private static Query positional(EntityManager em, String sql, Object... parameters) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query;
    }

    public static JsonArray of(List<String> columns, List<Object[]> rows) {
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

    /** Adds a value under its JSON type, as {@link #of} does for each column. */
    public static void add(JsonObjectBuilder object, String name, Object value) {
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
