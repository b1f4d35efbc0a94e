package fi.kohtaamo.organisation.control;

import fi.kohtaamo.organisation.entity.Person;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One feature's part of what Kohtaamo holds about a person: the feature adds it to the person's export (their right of
 * access) and removes what may not stay when the person is erased (their right to be forgotten). Each feature that
 * stores something about people implements it as a CDI bean next to its own tables, so that a renamed table or column
 * fails where it is defined; {@code privacy}'s {@code PersonalData} calls every part.
 *
 * <pre>{@code
 * @ApplicationScoped
 * public class PulsePersonalData implements PersonalDataPart {
 *     public void export(Person person, Export export) {
 *         export.add("pulse", "participation", JsonRows.query(em, "select ...", columns, person.getId()));
 *     }
 * }
 * }</pre>
 */
public interface PersonalDataPart {

    /** Adds what this feature holds about the person to their export. */
    void export(Person person, Export export);

    /**
     * Removes or replaces what this feature may not keep of an erased person. It runs in the erasure's transaction,
     * once the person carries their pseudonym; {@code former} holds what identified them before.
     */
    default void erase(Person erased, FormerIdentity former) {}

    /** What identified a person before they were erased. */
    record FormerIdentity(String username, String email, String name) {}

    /** The sections of one export as the parts fill them, in the order they were first added to. */
    final class Export {
        private final Map<String, Object> sections = new LinkedHashMap<>();

        /** Adds {@code value} as {@code name} within the section, an object shared by the parts that add to it. */
        public void add(String section, String name, JsonValue value) {
            Object existing = sections.computeIfAbsent(section, s -> Json.createObjectBuilder());
            if (!(existing instanceof JsonObjectBuilder object)) {
                throw new IllegalStateException("Section " + section + " is a value of its own");
            }
            object.add(name, value);
        }

        /** Adds a section that is one value (such as a list), owned by one part. */
        public void add(String section, JsonValue value) {
            if (sections.putIfAbsent(section, value) != null) {
                throw new IllegalStateException("Section " + section + " is already there");
            }
        }

        /** Writes the sections into the export's document. */
        public void into(JsonObjectBuilder document) {
            sections.forEach((name, value) -> {
                if (value instanceof JsonObjectBuilder object) {
                    document.add(name, object);
                } else {
                    document.add(name, (JsonValue) value);
                }
            });
        }
    }
}
