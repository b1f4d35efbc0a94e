package fi.kohtaamo.survey.control;

import fi.kohtaamo.platform.imports.ImportHeaders;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lombok.Getter;

/**
 * Which column of an uploaded file holds which part of a customer response. A mapping is proposed from the column names
 * (Finnish, Swedish or English, as survey tools and people name them), can be corrected, and is saved by column name so
 * that the next export from the same tool maps itself.
 */
public final class ImportMapping {

    /** The parts of a response a column can hold. */
    public enum Field {
        UNIT(
                true,
                "unit unitcode yksikko yksikkokoodi toimipiste toimipaikka store branch location enhet enhetskod "
                        + "kontor butik verksamhetsstalle site"),
        ANSWERED_AT(
                true,
                "date datetime answeredat answered timestamp time paivamaara pvm aika vastausaika vastattu "
                        + "ajankohta submittedat responsedate datum besvarad besvaradden besvarat svarsdatum svarstid "
                        + "slutdatum slutforandetid tidsstampel inskickad aikaleima valmistumisaika "
                        + "paattymispaivamaara vastauspaivamaara completiontime submitted tidpunkt enddate completed"),
        VISITED_AT(
                false,
                "visitdate visitedat visited visittime visitdatetime dateofvisit kayntipaiva kayntipvm kayntiaika "
                        + "kayntipaivamaara asiointipaiva asiointipvm asiointiaika asiointipaivamaara "
                        + "besoksdatum besoksdag besokstid besokstidpunkt besokt"),
        NPS(true, "nps npsscore score suositteluhalukkuus suosittelu recommend likelihoodtorecommend rekommendation"),
        CSAT(false, "csat satisfaction customersatisfaction tyytyvaisyys asiakastyytyvaisyys nojdhet kundnojdhet"),
        COMMENT(
                false,
                "comment comments feedback kommentti kommentit avoinpalaute palaute perustelu reason kommentar "
                        + "kommentarer synpunkter fritext motivering oppenfeedback openfeedback verbatim"),
        CHANNEL(false, "channel kanava asiointikanava kanal touchpoint"),
        EXTERNAL_ID(
                false,
                "id responseid externalid vastausid vastaustunnus tunnus svarsid svarsnummer respondentid recordid");

        @Getter
        private final boolean required;

        private final Set<String> names;

        /** @param names the column names that hold the field, normalised, separated by spaces */
        Field(boolean required, String names) {
            this.required = required;
            this.names = Set.of(names.split(" "));
        }

        /**
         * The first column bearing one of this field's exact names, or -1: how the visit files of survey invitations
         * find their unit column, by the same names as the response imports.
         */
        public int column(List<String> headers) {
            return ImportMapping.column(headers, names);
        }

        /** Whether a column of this name is likely to hold the field: an exact name, or a telling phrase. */
        boolean matches(String header, boolean loosely) {
            String name = normalise(header);
            if (names.contains(name)) {
                return true;
            }
            if (!loosely) {
                return false;
            }
            return switch (this) {
                case NPS ->
                    name.contains("recommend")
                            || name.contains("suosittel")
                            || name.contains("rekommend")
                            || name.contains("howlikely");
                case CSAT -> name.contains("satisf") || name.contains("tyytyv") || name.contains("nojd");
                case COMMENT ->
                    name.contains("palaute")
                            || name.contains("comment")
                            || name.contains("kommentt")
                            || name.contains("feedback")
                            || name.contains("reason")
                            || name.contains("syy");
                case VISITED_AT -> visit(name);
                case ANSWERED_AT ->
                    !visit(name)
                            && (name.contains("paivamaara")
                                    || name.contains("date")
                                    || name.contains("aika")
                                    || name.contains("datum")
                                    || name.contains("besvara")
                                    || name.contains("tidpunkt"));
                case UNIT -> name.contains("yksikko") || name.contains("toimipiste") || name.contains("enhet");
                default -> false;
            };
        }
    }

    /** A telling phrase for the time of the visit: a visit word with a date or time word ("Käynnin päivämäärä"). */
    private static boolean visit(String name) {
        boolean visit = name.contains("visit")
                || name.contains("kaynti")
                || name.contains("kaynni")
                || name.contains("asiointi")
                || name.contains("asioin")
                || name.contains("besok");
        boolean time = name.contains("date")
                || name.contains("time")
                || name.contains("paiva")
                || name.contains("pvm")
                || name.contains("aika")
                || name.contains("datum")
                || name.contains("tid") && !name.contains("visitid")
                || name.contains("dag");
        return visit && time;
    }

    private final Map<Field, Integer> columns;

    private ImportMapping(Map<Field, Integer> columns) {
        this.columns = columns;
    }

    public static ImportMapping of(Map<Field, Integer> columns) {
        Map<Field, Integer> copy = new EnumMap<>(Field.class);
        columns.forEach((field, column) -> {
            if (column != null && column >= 0) {
                copy.put(field, column);
            }
        });
        return new ImportMapping(copy);
    }

    /** The best guess from the column names: exact names first, then telling phrases; no column is used twice. */
    public static ImportMapping propose(List<String> headers) {
        Map<Field, Integer> columns = new EnumMap<>(Field.class);
        for (boolean loosely : new boolean[] {false, true}) {
            for (Field field : Field.values()) {
                if (columns.containsKey(field)) {
                    continue;
                }
                for (int i = 0; i < headers.size(); i++) {
                    if (!columns.containsValue(i) && field.matches(headers.get(i), loosely)) {
                        columns.put(field, i);
                        break;
                    }
                }
            }
        }
        return new ImportMapping(columns);
    }

    /** A saved mapping applied to a file's columns, if the file has every column the mapping names. */
    public static Optional<ImportMapping> restore(String saved, List<String> headers) {
        Map<Field, Integer> columns = new EnumMap<>(Field.class);
        for (String line : saved.split("\n")) {
            int at = line.indexOf('=');
            if (at < 0) {
                continue;
            }
            Field field = Field.valueOf(line.substring(0, at));
            int column = headers.indexOf(line.substring(at + 1));
            if (column < 0) {
                return Optional.empty();
            }
            columns.put(field, column);
        }
        return Optional.of(new ImportMapping(columns));
    }

    /** The mapping by column name, as {@link #restore} reads it. */
    public String save(List<String> headers) {
        List<String> lines = new ArrayList<>();
        columns.forEach((field, column) -> lines.add(field.name() + "=" + headers.get(column)));
        return String.join("\n", lines);
    }

    /** The column index of a field, or null when no column holds it. */
    public Integer column(Field field) {
        return columns.get(field);
    }

    public Map<Field, Integer> columns() {
        return new EnumMap<>(columns);
    }

    /** The required fields that no column holds. */
    public List<Field> missing() {
        List<Field> missing = new ArrayList<>();
        for (Field field : Field.values()) {
            if (field.isRequired() && !columns.containsKey(field)) {
                missing.add(field);
            }
        }
        return missing;
    }

    /** Fields mapped to the same column. */
    public boolean hasDuplicateColumns() {
        return columns.values().stream().distinct().count() < columns.size();
    }

    static int column(List<String> headers, Collection<String> names) {
        return ImportHeaders.column(headers, names);
    }

    static String normalise(String header) {
        return ImportHeaders.normalise(header);
    }
}
