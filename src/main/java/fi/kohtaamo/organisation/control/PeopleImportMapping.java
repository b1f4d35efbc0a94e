package fi.kohtaamo.organisation.control;

import fi.kohtaamo.platform.imports.ImportHeaders;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which column of an HR system's export holds which part of a person. A mapping is proposed from the column names
 * (Finnish, Swedish or English, as HR systems name them), can be corrected, and is saved per source name so that the
 * next export from the same system maps itself.
 *
 * <pre>{@code
 * PeopleImportMapping mapping = PeopleImportMapping.propose(List.of("Henkilönumero", "Etunimi", "Sukunimi", ...));
 * mapping.column(Field.FIRST_NAME); // 1
 * }</pre>
 */
public final class PeopleImportMapping implements java.io.Serializable {

    /** The parts of a person (and of their unit) a column can hold. */
    public enum Field {
        EMPLOYEE_NUMBER(
                false,
                "employeenumber employeeid employeeno empno staffnumber personnelnumber personnelno henkilonumero "
                        + "henkilostonumero tyontekijanumero hlonro henkilotunniste anstallningsnummer "
                        + "personalnummer anstnr"),
        FIRST_NAME(true, "firstname givenname forename etunimi etunimet kutsumanimi fornamn tilltalsnamn"),
        LAST_NAME(true, "lastname surname familyname sukunimi efternamn"),
        EMAIL(true, "email emailaddress mail sahkoposti sahkopostiosoite sposti epost epostadress"),
        USERNAME(
                false,
                "username userid login loginname kayttajatunnus kayttajanimi anvandarnamn anvandarid inloggning"),
        UNIT(
                true,
                "unit unitcode department departmentcode costcenter yksikko yksikkokoodi osasto osastokoodi "
                        + "kustannuspaikka enhet enhetskod avdelning avdelningskod kostnadsstalle"),
        UNIT_NAME(
                false,
                "unitname departmentname yksikonnimi yksikkonimi osastonnimi osastonimi enhetsnamn enhetensnamn "
                        + "avdelningsnamn"),
        PARENT_UNIT(
                false,
                "parentunit parentunitcode parent parentdepartment ylayksikko ylayksikkokoodi ylaosasto "
                        + "overordnadenhet foralderenhet"),
        SUPERVISOR(false, "supervisor issupervisor manager ismanager esimies esihenkilo onesihenkilo chef archef"),
        SUPERVISES(
                false,
                "supervisedunits supervises manages managedunits esihenkilonayksikot esimiehenayksikot "
                        + "johdettavatyksikot leder chefforenheter ledda enheter"),
        LANGUAGE(false, "language lang locale kieli asiointikieli sprak"),
        ACTIVE(false, "active status isactive aktiivinen voimassa tila aktiv"),
        START_DATE(
                false,
                "startdate start employmentstart hiredate startedat alkamispaiva aloituspaiva tyosuhteenalku "
                        + "alkupvm startdatum anstallningsdatum");

        private final boolean required;

        private final Set<String> names;

        /** @param names the column names that hold the field, normalised, separated by spaces */
        Field(boolean required, String names) {
            this.required = required;
            this.names = Set.of(names.split(" "));
        }

        /** Whether every file must have a column for it. */
        public boolean isRequired() {
            return required;
        }

        /** The message key of the field's name: {@code peopleImport.field.<NAME>}. */
        public String key() {
            return "peopleImport.field." + name();
        }
    }

    private final Map<Field, Integer> columns;

    private PeopleImportMapping(Map<Field, Integer> columns) {
        this.columns = columns;
    }

    public static PeopleImportMapping of(Map<Field, Integer> columns) {
        Map<Field, Integer> copy = new EnumMap<>(Field.class);
        columns.forEach((field, column) -> {
            if (column != null && column >= 0) {
                copy.put(field, column);
            }
        });
        return new PeopleImportMapping(copy);
    }

    /** The best guess from the column names; no column is used twice. */
    public static PeopleImportMapping propose(List<String> headers) {
        Map<Field, Integer> columns = new EnumMap<>(Field.class);
        for (Field field : Field.values()) {
            for (int i = 0; i < headers.size(); i++) {
                if (!columns.containsValue(i) && field.names.contains(ImportHeaders.normalise(headers.get(i)))) {
                    columns.put(field, i);
                    break;
                }
            }
        }
        return new PeopleImportMapping(columns);
    }

    /** A saved mapping applied to a file's columns, if the file has every column the mapping names. */
    public static Optional<PeopleImportMapping> restore(String saved, List<String> headers) {
        Map<Field, Integer> columns = new EnumMap<>(Field.class);
        for (String line : saved.split("\n")) {
            int at = line.indexOf('=');
            if (at < 0) {
                continue;
            }
            int column = headers.indexOf(line.substring(at + 1));
            if (column < 0) {
                return Optional.empty();
            }
            try {
                columns.put(Field.valueOf(line.substring(0, at)), column);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.of(new PeopleImportMapping(columns));
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

    public boolean has(Field field) {
        return columns.containsKey(field);
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

    /** The trimmed cell of a field in a row, or "" when no column holds it or the row is short. */
    public String cell(List<String> cells, Field field) {
        Integer column = columns.get(field);
        if (column == null || column >= cells.size() || cells.get(column) == null) {
            return "";
        }
        return cells.get(column).strip();
    }
}
