package fi.kohtaamo.content.control;

import fi.kohtaamo.content.entity.Audience;
import fi.kohtaamo.content.entity.ContentProblem;
import fi.kohtaamo.content.entity.Factor;
import fi.kohtaamo.content.entity.Theme;
import fi.kohtaamo.platform.i18n.LocalizedText;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ObjIntConsumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The content files being read and every problem found in them so far, shared by {@link ModuleParser},
 * {@link TrackParser} and {@link GuideParser}: each problem names the file, the line where one can be named, and what
 * is wrong.
 */
final class ContentReader {

    /** The languages all content is written in. */
    static final List<String> REQUIRED = List.of("fi", "en");

    /**
     * Swedish, which content may be written in too: a module with an {@code sv/} folder, or a guide with an
     * {@code sv.json}, has all of it in Swedish (the same steps as in Finnish) and a Swedish title and summary. A title
     * or summary may be written in Swedish without the rest.
     */
    static final String SWEDISH = "sv";

    /** Every language content may be written in, Finnish first: the one the others are compared with. */
    static final List<String> LANGUAGES = List.of("fi", SWEDISH, "en");

    /** A version label: major and minor number. */
    static final Pattern VERSION = Pattern.compile("\\d{1,4}\\.\\d{1,4}");

    /** The files by relative path with forward slashes, e.g. {@code modules/x/module.json}, sorted. */
    final Map<String, String> files;

    final List<ContentProblem> problems = new ArrayList<>();

    ContentReader(Map<String, String> files) {
        this.files = new TreeMap<>(files);
    }

    void problem(String file, int line, String message) {
        problems.add(new ContentProblem(file, line, message));
    }

    /** The first-level folder names under a prefix, e.g. the module ids under {@code modules/}. */
    Set<String> folders(String prefix) {
        return files.keySet().stream()
                .filter(p -> p.startsWith(prefix) && p.indexOf('/', prefix.length()) > 0)
                .map(p -> p.substring(prefix.length(), p.indexOf('/', prefix.length())))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The track ids, from the files {@code tracks/<id>.json}, in the order of their paths. */
    List<String> trackIds() {
        return files.keySet().stream()
                .filter(p -> p.startsWith("tracks/") && p.endsWith(".json") && p.indexOf('/', 7) < 0)
                .map(p -> p.substring("tracks/".length(), p.length() - ".json".length()))
                .toList();
    }

    Map<String, String> ownFiles(String dir) {
        Map<String, String> own = new TreeMap<>();
        files.forEach((path, text) -> {
            if (path.startsWith(dir)) {
                own.put(path, text);
            }
        });
        return own;
    }

    /** The fields of the JSON object a file holds, or null (and a problem) if it is missing or holds no object. */
    Fields object(String file) {
        String text = files.get(file);
        if (text == null) {
            problem(file, 0, "the file is missing");
            return null;
        }
        try (var reader = Json.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                problem(file, 1, "the file must hold one JSON object { … }");
                return null;
            }
            return new Fields(file, "", value.asJsonObject());
        } catch (JsonParsingException e) {
            problem(file, (int) e.getLocation().getLineNumber(), "invalid JSON: " + e.getMessage());
            return null;
        } catch (RuntimeException e) {
            problem(file, 0, "invalid JSON: " + e.getMessage());
            return null;
        }
    }

    static String hash(Map<String, String> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            new TreeMap<>(files).forEach((path, text) -> {
                digest.update(path.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads fields of one JSON object, reporting every missing or wrong field against its file and path. */
    final class Fields {

        private final String file;
        private final String path;
        private final JsonObject json;

        private Fields(String file, String path, JsonObject json) {
            this.file = file;
            this.path = path;
            this.json = json;
        }

        private String where(String field) {
            return path.isEmpty() ? "\"" + field + "\"" : path + "." + field;
        }

        /** Reports an {@code "id"} other than {@code expected}, the name of the folder or file it is in. */
        void id(String expected, String named) {
            String id = text("id");
            if (!expected.equals(id)) {
                problem(file, 0, "id \"" + id + "\" does not match the " + named + " name \"" + expected + "\"");
            }
        }

        /** A list of module ids, reporting each one not in {@code known} (unless that is null) as an unknown one. */
        List<String> modules(String field, boolean required, Set<String> known, String unknown) {
            List<String> modules = strings(field, required);
            for (String module : modules) {
                if (known != null && !known.contains(module)) {
                    problem(file, 0, "unknown " + unknown + " \"" + module + "\": there is no modules/" + module);
                }
            }
            return modules;
        }

        /**
         * The author's version label, {@code MAJOR.MINOR} ({@code 1.0}, {@code 2.1}): a new major version is one that
         * HR may ask the people who completed an earlier one to redo.
         */
        String version() {
            String label = text("version");
            if (!label.isEmpty() && !VERSION.matcher(label).matches()) {
                problem(file, 0, where("version") + " is \"" + label + "\": write it as MAJOR.MINOR, like 1.0 or 2.1");
            }
            return label;
        }

        String text(String field) {
            JsonValue value = json.get(field);
            if (value instanceof JsonString s && !s.getString().isBlank()) {
                return s.getString().strip();
            }
            problem(file, 0, where(field) + " is missing or empty");
            return "";
        }

        /** The text of an optional field: null when it is absent; reported when it is there but empty or not a text. */
        String optionalText(String field) {
            return json.containsKey(field) ? text(field) : null;
        }

        boolean bool(String field) {
            JsonValue value = json.get(field);
            if (value == JsonValue.TRUE) {
                return true;
            }
            if (value == null || value == JsonValue.FALSE) {
                return false;
            }
            problem(file, 0, where(field) + " must be true or false");
            return false;
        }

        int number(String field, int min, int max) {
            JsonValue value = json.get(field);
            if (!(value instanceof JsonNumber n) || !n.isIntegral()) {
                problem(file, 0, where(field) + " must be a whole number from " + min + " to " + max);
                return min;
            }
            int number = n.intValue();
            if (number < min || number > max) {
                problem(
                        file,
                        0,
                        where(field) + " is " + number + ", out of range: it must be from " + min + " to " + max);
            }
            return number;
        }

        Audience audience(String field) {
            String value = text(field);
            try {
                return Audience.valueOf(value.toUpperCase());
            } catch (IllegalArgumentException e) {
                if (!value.isEmpty()) {
                    problem(file, 0, where(field) + " is \"" + value + "\": use supervisor, employee or all");
                }
                return Audience.ALL;
            }
        }

        List<String> strings(String field, boolean required) {
            JsonValue value = json.get(field);
            if (value == null && !required) {
                return List.of();
            }
            if (!(value instanceof JsonArray array)
                    || array.stream().anyMatch(v -> !(v instanceof JsonString))
                    || (required && array.isEmpty())) {
                problem(file, 0, where(field) + " must be a " + (required ? "non-empty " : "") + "list of texts");
                return List.of();
            }
            return array.getValuesAs(JsonString.class).stream()
                    .map(JsonString::getString)
                    .toList();
        }

        /** The internal factors the content strengthens, from its {@code "factors"} list of factor ids. */
        Set<Factor> factors() {
            Set<Factor> factors = new LinkedHashSet<>();
            for (String factor : new LinkedHashSet<>(strings("factors", false))) {
                if (Factor.ids().contains(factor)) {
                    factors.add(Factor.of(factor));
                } else {
                    problem(file, 0, "unknown factor \"" + factor + "\": use one of " + Factor.ids());
                }
            }
            return factors;
        }

        /**
         * The customers' comment themes the content answers, from its optional {@code "themes"} list of theme ids:
         * what "What to work on next" recommends it for when customers complain about them.
         */
        Set<Theme> themes() {
            Set<Theme> themes = new LinkedHashSet<>();
            for (String theme : new LinkedHashSet<>(strings("themes", false))) {
                if (Theme.ids().contains(theme)) {
                    themes.add(Theme.of(theme));
                } else {
                    problem(file, 0, "unknown theme \"" + theme + "\": use one of " + Theme.ids());
                }
            }
            return themes;
        }

        /** Gives each object of a list field, with its index, to {@code action} in order; reports what is none. */
        void each(String field, ObjIntConsumer<Fields> action) {
            if (!(json.get(field) instanceof JsonArray array)) {
                problem(file, 0, where(field) + " must be a list");
                return;
            }
            for (int index = 0; index < array.size(); index++) {
                String elementPath = where(field).replace("\"", "") + "[" + (index + 1) + "]";
                if (array.get(index) instanceof JsonObject object) {
                    action.accept(new Fields(file, elementPath, object), index);
                } else {
                    problem(file, 0, elementPath + " must be an object { … }");
                }
            }
        }

        /** A text in Finnish and English, and in Swedish if written. */
        LocalizedText localized(String field) {
            return localized(field, false, "");
        }

        /**
         * A text in Finnish and English, and in Swedish too if {@code swedish} (then {@code why} ends the problem of
         * a missing Swedish text, saying what is written in Swedish).
         */
        LocalizedText localized(String field, boolean swedish, String why) {
            JsonValue value = json.get(field);
            Map<String, String> texts = new LinkedHashMap<>();
            for (String language : LANGUAGES) {
                if (value instanceof JsonObject object
                        && object.get(language) instanceof JsonString s
                        && !s.getString().isBlank()) {
                    texts.put(language, s.getString().strip());
                } else if (REQUIRED.contains(language)) {
                    problem(file, 0, "missing language " + language + " in " + where(field));
                } else if (swedish) {
                    problem(file, 0, "missing language " + language + " in " + where(field) + ": " + why);
                }
            }
            return new LocalizedText(texts.get("fi"), texts.get(SWEDISH), texts.get("en"));
        }
    }
}
