package fi.kohtaamo.workshop.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a customer-path map holds, as the facilitator's editor sends it and the database keeps it: the lanes (the
 * customer and each desk, team or department, in order) and the touchpoints in the order of the customer's errand,
 * each in a lane, with a short text, its marks and the customer's feeling there (−2 … +2). A hand-off is where two
 * consecutive touchpoints are in different lanes; it is not stored but read from the order.
 *
 * <p>{@link #parse} checks every rule before anything is kept and names the first broken one with the field it concerns
 * ({@code touchpoints[2].emotion}) and a message key:
 *
 * <pre>{@code
 * PathMapDocument map = PathMapDocument.parse(json); // throws PathMapProblem("lanes[0].name", "pathMap.laneNameRequired")
 * }</pre>
 */
public record PathMapDocument(List<Lane> lanes, List<Touchpoint> touchpoints) {

    public static final int MAX_LANES = 12;
    public static final int MAX_TOUCHPOINTS = 60;
    public static final int MAX_LANE_NAME = 60;
    public static final int MAX_TEXT = 200;
    public static final int MAX_ID = 40;

    /** What the team marks at a touchpoint; any combination. */
    public enum Mark {
        /** Sent elsewhere without anyone owning the question. */
        BOUNCE,
        /** The customer waits. */
        WAIT,
        /** The customer tells the story again. */
        REPEAT,
        /** A moment that decides how the customer sees the whole errand. */
        MOMENT_OF_TRUTH;

        /** The name the editor and the stored JSON use, e.g. {@code moment-of-truth}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static Mark of(String id) {
            for (Mark mark : values()) {
                if (mark.id().equals(id)) {
                    return mark;
                }
            }
            return null;
        }
    }

    /** A row of the map: the customer, or a desk, team or department. */
    public record Lane(String id, String name) {}

    /**
     * One step of the errand in a lane. {@code commitmentId} is the team commitment made from it (a bounce or a wait),
     * or null.
     */
    public record Touchpoint(String id, String lane, String text, Set<Mark> marks, int emotion, Long commitmentId) {

        public boolean has(Mark mark) {
            return marks.contains(mark);
        }

        public Touchpoint withCommitment(Long id) {
            return new Touchpoint(this.id, lane, text, marks, emotion, id);
        }
    }

    public PathMapDocument {
        lanes = List.copyOf(lanes);
        touchpoints = List.copyOf(touchpoints);
    }

    /** A new map with the customer's lane and one for the team. */
    public static PathMapDocument start(String customerLane, String teamLane) {
        return new PathMapDocument(List.of(new Lane("customer", customerLane), new Lane("team", teamLane)), List.of());
    }

    /** The lane's name, or its id if it has none. */
    public String laneName(String laneId) {
        return lanes.stream()
                .filter(l -> l.id().equals(laneId))
                .map(Lane::name)
                .findFirst()
                .orElse(laneId);
    }

    public int laneIndex(String laneId) {
        for (int i = 0; i < lanes.size(); i++) {
            if (lanes.get(i).id().equals(laneId)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the touchpoint at this index is reached by a hand-off from the one before it (another lane). */
    public boolean handOffBefore(int index) {
        return index > 0
                && !touchpoints
                        .get(index)
                        .lane()
                        .equals(touchpoints.get(index - 1).lane());
    }

    public long count(Mark mark) {
        return touchpoints.stream().filter(t -> t.has(mark)).count();
    }

    public long handOffs() {
        long count = 0;
        for (int i = 1; i < touchpoints.size(); i++) {
            if (handOffBefore(i)) {
                count++;
            }
        }
        return count;
    }

    /** This map with another commitment link on one touchpoint. */
    public PathMapDocument withCommitment(String touchpointId, Long commitmentId) {
        return new PathMapDocument(
                lanes,
                touchpoints.stream()
                        .map(t -> t.id().equals(touchpointId) ? t.withCommitment(commitmentId) : t)
                        .toList());
    }

    /**
     * This map with the commitment links of {@code kept} on the touchpoints that have the same id: the editor cannot
     * set or change a link, only the commitment action can.
     */
    public PathMapDocument keepingCommitmentsOf(PathMapDocument kept) {
        Map<String, Long> links = new LinkedHashMap<>();
        kept.touchpoints().stream()
                .filter(t -> t.commitmentId() != null)
                .forEach(t -> links.put(t.id(), t.commitmentId()));
        return new PathMapDocument(
                lanes,
                touchpoints.stream()
                        .map(t -> t.withCommitment(links.get(t.id())))
                        .toList());
    }

    public Touchpoint touchpoint(String id) {
        return touchpoints.stream()
                .filter(t -> t.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new PathMapProblem("touchpoint", "pathMap.noTouchpoint"));
    }

    /** Reads and checks a map sent as JSON ({@code {"lanes": [...], "touchpoints": [...]}}). */
    public static PathMapDocument parse(String json) {
        JsonObject object;
        try (var reader = Json.createReader(new StringReader(json == null ? "" : json))) {
            object = reader.readObject();
        } catch (RuntimeException e) {
            throw new PathMapProblem("map", "pathMap.unreadable");
        }
        return from(object);
    }

    /** Checks a map already read as JSON. */
    public static PathMapDocument from(JsonObject object) {
        JsonArray laneArray = array(object, "lanes");
        if (laneArray.isEmpty()) {
            throw new PathMapProblem("lanes", "pathMap.lanesRequired");
        }
        if (laneArray.size() > MAX_LANES) {
            throw new PathMapProblem("lanes", "pathMap.tooManyLanes", MAX_LANES);
        }
        List<Lane> lanes = new ArrayList<>();
        Set<String> laneIds = new HashSet<>();
        for (int i = 0; i < laneArray.size(); i++) {
            String field = "lanes[" + i + "]";
            JsonObject lane = object(laneArray.get(i), field);
            String id = id(lane, field + ".id");
            if (!laneIds.add(id)) {
                throw new PathMapProblem(field + ".id", "pathMap.duplicateId");
            }
            String name = text(lane, "name", field + ".name");
            if (name.isBlank()) {
                throw new PathMapProblem(field + ".name", "pathMap.laneNameRequired");
            }
            if (name.length() > MAX_LANE_NAME) {
                throw new PathMapProblem(field + ".name", "pathMap.laneNameTooLong", MAX_LANE_NAME);
            }
            lanes.add(new Lane(id, name));
        }
        JsonArray pointArray =
                object.containsKey("touchpoints") ? array(object, "touchpoints") : JsonValue.EMPTY_JSON_ARRAY;
        if (pointArray.size() > MAX_TOUCHPOINTS) {
            throw new PathMapProblem("touchpoints", "pathMap.tooManyTouchpoints", MAX_TOUCHPOINTS);
        }
        List<Touchpoint> touchpoints = new ArrayList<>();
        Set<String> pointIds = new HashSet<>();
        for (int i = 0; i < pointArray.size(); i++) {
            String field = "touchpoints[" + i + "]";
            JsonObject point = object(pointArray.get(i), field);
            String id = id(point, field + ".id");
            if (!pointIds.add(id)) {
                throw new PathMapProblem(field + ".id", "pathMap.duplicateId");
            }
            String lane = point.get("lane") instanceof JsonString s ? s.getString() : null;
            if (lane == null || !laneIds.contains(lane)) {
                throw new PathMapProblem(field + ".lane", "pathMap.unknownLane");
            }
            String text = point.containsKey("text") ? text(point, "text", field + ".text") : "";
            if (text.length() > MAX_TEXT) {
                throw new PathMapProblem(field + ".text", "pathMap.textTooLong", MAX_TEXT);
            }
            Set<Mark> marks = EnumSet.noneOf(Mark.class);
            JsonValue markValue = point.getOrDefault("marks", JsonValue.EMPTY_JSON_ARRAY);
            if (!(markValue instanceof JsonArray markArray)) {
                throw new PathMapProblem(field + ".marks", "pathMap.unknownMark");
            }
            for (JsonValue value : markArray) {
                Mark mark = value instanceof JsonString s ? Mark.of(s.getString()) : null;
                if (mark == null) {
                    throw new PathMapProblem(field + ".marks", "pathMap.unknownMark");
                }
                marks.add(mark);
            }
            JsonValue emotionValue = point.getOrDefault("emotion", Json.createValue(0));
            if (!(emotionValue instanceof JsonNumber number)
                    || !number.isIntegral()
                    || number.longValue() < -2
                    || number.longValue() > 2) {
                throw new PathMapProblem(field + ".emotion", "pathMap.emotionRange");
            }
            Long commitment = point.get("commitmentId") instanceof JsonNumber n ? n.longValue() : null;
            touchpoints.add(new Touchpoint(id, lane, text, marks, number.intValue(), commitment));
        }
        return new PathMapDocument(lanes, touchpoints);
    }

    /** The map as JSON, as {@link #parse} reads it. */
    public JsonObjectBuilder toJson() {
        JsonArrayBuilder laneArray = Json.createArrayBuilder();
        lanes.forEach(
                l -> laneArray.add(Json.createObjectBuilder().add("id", l.id()).add("name", l.name())));
        JsonArrayBuilder pointArray = Json.createArrayBuilder();
        for (Touchpoint t : touchpoints) {
            JsonArrayBuilder marks = Json.createArrayBuilder();
            t.marks().forEach(m -> marks.add(m.id()));
            JsonObjectBuilder point = Json.createObjectBuilder()
                    .add("id", t.id())
                    .add("lane", t.lane())
                    .add("text", t.text())
                    .add("marks", marks)
                    .add("emotion", t.emotion());
            if (t.commitmentId() != null) {
                point.add("commitmentId", t.commitmentId());
            }
            pointArray.add(point);
        }
        return Json.createObjectBuilder().add("lanes", laneArray).add("touchpoints", pointArray);
    }

    public String json() {
        return toJson().build().toString();
    }

    private static JsonArray array(JsonObject object, String name) {
        if (!(object.get(name) instanceof JsonArray array)) {
            throw new PathMapProblem(name, "pathMap.listRequired");
        }
        return array;
    }

    private static JsonObject object(JsonValue value, String field) {
        if (!(value instanceof JsonObject object)) {
            throw new PathMapProblem(field, "pathMap.unreadable");
        }
        return object;
    }

    private static String id(JsonObject object, String field) {
        String id = object.get("id") instanceof JsonString s ? s.getString() : null;
        if (id == null || id.isBlank() || id.length() > MAX_ID || !id.matches("[A-Za-z0-9_-]+")) {
            throw new PathMapProblem(field, "pathMap.badId");
        }
        return id;
    }

    private static String text(JsonObject object, String name, String field) {
        if (!(object.get(name) instanceof JsonString s)) {
            throw new PathMapProblem(field, "pathMap.textRequired");
        }
        return s.getString().strip();
    }
}
