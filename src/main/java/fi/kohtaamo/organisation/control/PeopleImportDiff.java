package fi.kohtaamo.organisation.control;

import fi.kohtaamo.organisation.control.PeopleImportMapping.Field;
import fi.kohtaamo.organisation.control.PeopleImportPlan.Deactivation;
import fi.kohtaamo.organisation.control.PeopleImportPlan.FieldChange;
import fi.kohtaamo.organisation.control.PeopleImportPlan.Mode;
import fi.kohtaamo.organisation.control.PeopleImportPlan.Move;
import fi.kohtaamo.organisation.control.PeopleImportPlan.NewPerson;
import fi.kohtaamo.organisation.control.PeopleImportPlan.NewUnit;
import fi.kohtaamo.organisation.control.PeopleImportPlan.PersonChange;
import fi.kohtaamo.organisation.control.PeopleImportPlan.Problem;
import fi.kohtaamo.organisation.control.PeopleImportPlan.Reason;
import fi.kohtaamo.organisation.entity.UnitKind;
import fi.kohtaamo.platform.imports.ImportDates;
import fi.kohtaamo.platform.imports.ImportHeaders;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Works out what an HR file would change, against what Kohtaamo holds, without changing anything: the {@link
 * PeopleImportPlan}. It is plain code over plain values ({@link KnownPerson}, {@link KnownUnit}), so that every kind of
 * change and every bad row can be tested without a database.
 *
 * <p>A row is matched to a person by employee number, else by email, else by username. Only the columns the file has
 * are compared: a file without a language column changes nobody's language. A full file deactivates every active
 * person it leaves out, except administrators (whom an HR system does not list).
 */
public final class PeopleImportDiff {

    /** A person as Kohtaamo holds them; unit codes as Kohtaamo spells them. */
    public record KnownPerson(
            long id,
            String employeeNumber,
            String username,
            String email,
            String firstName,
            String lastName,
            String unitCode,
            Set<String> supervisedCodes,
            String language,
            boolean active,
            boolean admin) {

        public String label() {
            return firstName + " " + lastName + " (" + username + ")";
        }
    }

    /** A unit as Kohtaamo holds it. */
    public record KnownUnit(String code, UnitKind kind) {}

    /** A data row of the file; the header is line 1. */
    public record Row(long line, List<String> cells) implements java.io.Serializable {}

    /** What Person's own validation accepts, checked here first so that a bad row is named instead of failing. */
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,80}");
    private static final Pattern UNIT_CODE = Pattern.compile("[A-Za-z0-9._-]{1,40}");
    private static final Pattern CODE_LIST = Pattern.compile("[,;\\s]+");

    private static final Set<String> YES =
            Set.of("yes", "y", "true", "1", "x", "kylla", "k", "on", "ja", "active", "aktiivinen", "aktiv");
    private static final Set<String> NO = Set.of(
            "no", "n", "false", "0", "ei", "nej", "inactive", "passiivinen", "inaktiv", "poistunut", "paattynyt");
    private static final Map<String, String> LANGUAGES = Map.ofEntries(
            Map.entry("fi", "fi"),
            Map.entry("fin", "fi"),
            Map.entry("suomi", "fi"),
            Map.entry("finnish", "fi"),
            Map.entry("finska", "fi"),
            Map.entry("sv", "sv"),
            Map.entry("swe", "sv"),
            Map.entry("ruotsi", "sv"),
            Map.entry("swedish", "sv"),
            Map.entry("svenska", "sv"),
            Map.entry("en", "en"),
            Map.entry("eng", "en"),
            Map.entry("englanti", "en"),
            Map.entry("english", "en"),
            Map.entry("engelska", "en"));

    private final PeopleImportMapping mapping;
    private final Map<String, KnownPerson> byNumber = new HashMap<>();
    private final Map<String, KnownPerson> byEmail = new HashMap<>();
    private final Map<String, KnownPerson> byUsername = new HashMap<>();
    private final Collection<KnownPerson> people;
    private final Map<String, KnownUnit> knownUnits = new HashMap<>();
    private final String rootCode;

    /** Codes (lower case) of every unit a row may name: Kohtaamo's and those the file adds, as they are spelled. */
    private final Map<String, String> unitCodes = new HashMap<>();

    private final List<Problem> problems = new ArrayList<>();

    /**
     * @param people everyone Kohtaamo holds except erased people
     * @param units every unit
     * @param rootCode the code of the organisation's top unit, under which a new unit without a parent goes (or null)
     */
    public PeopleImportDiff(
            PeopleImportMapping mapping, Collection<KnownPerson> people, Collection<KnownUnit> units, String rootCode) {
        this.mapping = mapping;
        this.people = people;
        this.rootCode = rootCode;
        for (KnownPerson person : people) {
            if (person.employeeNumber() != null) {
                byNumber.put(person.employeeNumber(), person);
            }
            byEmail.put(lower(person.email()), person);
            byUsername.put(lower(person.username()), person);
        }
        for (KnownUnit unit : units) {
            knownUnits.put(lower(unit.code()), unit);
            unitCodes.put(lower(unit.code()), unit.code());
        }
    }

    /** The units (codes) a full file covers: null for the whole organisation. */
    private Set<String> scope;

    /**
     * Narrows what a full file covers to these units (their codes, as Kohtaamo spells them): only their people are
     * deactivated when the file leaves them out, as when one HR system lists one part of the organisation.
     */
    public PeopleImportDiff scopedTo(Set<String> unitCodes) {
        this.scope = unitCodes;
        return this;
    }

    /** The plan for these rows. */
    public PeopleImportPlan plan(List<Row> rows, Mode mode) {
        List<NewUnit> newUnits = newUnits(rows);
        List<NewPerson> additions = new ArrayList<>();
        List<PersonChange> changes = new ArrayList<>();
        List<Move> moves = new ArrayList<>();
        List<Deactivation> deactivations = new ArrayList<>();
        Map<Long, Long> claimed = new HashMap<>();
        Map<String, Long> numbersInFile = new HashMap<>();
        Map<String, Long> emailsInFile = new HashMap<>();
        Map<String, Long> usernamesInFile = new HashMap<>();
        Set<String> takenUsernames = new HashSet<>(byUsername.keySet());
        int unchanged = 0;
        for (Row row : rows) {
            List<Problem> found = new ArrayList<>();
            long line = row.line();
            String number = cell(row, Field.EMPLOYEE_NUMBER);
            String first = required(row, Field.FIRST_NAME, found);
            String last = required(row, Field.LAST_NAME, found);
            String email = required(row, Field.EMAIL, found);
            String unitText = required(row, Field.UNIT, found);
            String username = lower(cell(row, Field.USERNAME));
            tooLong(line, Field.EMPLOYEE_NUMBER, number, 40, found);
            tooLong(line, Field.FIRST_NAME, first, 100, found);
            tooLong(line, Field.LAST_NAME, last, 100, found);
            if (!email.isEmpty()
                    && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
                found.add(new Problem(line, Field.EMAIL, email, Reason.INVALID_EMAIL, null));
            }
            String unit = unitText.isEmpty() ? null : unitCodes.get(lower(unitText));
            if (!unitText.isEmpty() && unit == null && !newUnitFailedOn(line, unitText)) {
                found.add(new Problem(line, Field.UNIT, unitText, Reason.UNKNOWN_UNIT, null));
            }
            if (!username.isEmpty() && !USERNAME.matcher(username).matches()) {
                found.add(new Problem(line, Field.USERNAME, username, Reason.INVALID_USERNAME, null));
            }
            String language = language(row, found);
            Boolean active = yesNo(row, Field.ACTIVE, found);
            Set<String> supervised = supervised(row, unit, found);
            LocalDate start = startDate(row, found);

            KnownPerson match = match(number, email, username);
            if (match != null) {
                Long earlier = claimed.putIfAbsent(match.id(), line);
                if (earlier != null) {
                    found.add(new Problem(
                            line,
                            identifyingField(number, match),
                            identifyingValue(number, email, username, match),
                            Reason.TWO_ROWS_FOR_ONE_PERSON,
                            String.valueOf(earlier)));
                }
            } else if (!number.isEmpty() && numbersInFile.containsKey(number)) {
                found.add(new Problem(
                        line,
                        Field.EMPLOYEE_NUMBER,
                        number,
                        Reason.TWO_ROWS_FOR_ONE_PERSON,
                        String.valueOf(numbersInFile.get(number))));
            }
            if (!number.isEmpty()) {
                numbersInFile.putIfAbsent(number, line);
            }
            boolean sameRowsReported = found.stream().anyMatch(p -> p.reason() == Reason.TWO_ROWS_FOR_ONE_PERSON);
            if (!email.isEmpty()) {
                Long other = emailsInFile.putIfAbsent(lower(email), line);
                KnownPerson owner = byEmail.get(lower(email));
                if (other != null && !sameRowsReported) {
                    found.add(new Problem(line, Field.EMAIL, email, Reason.DUPLICATE_EMAIL, String.valueOf(other)));
                } else if (owner != null && (match == null || owner.id() != match.id())) {
                    found.add(new Problem(line, Field.EMAIL, email, Reason.EMAIL_TAKEN, owner.label()));
                }
            }
            if (!username.isEmpty()) {
                Long other = usernamesInFile.putIfAbsent(username, line);
                KnownPerson owner = byUsername.get(username);
                if (other != null && !sameRowsReported) {
                    found.add(new Problem(
                            line, Field.USERNAME, username, Reason.DUPLICATE_USERNAME, String.valueOf(other)));
                } else if (owner != null && (match == null || owner.id() != match.id())) {
                    found.add(new Problem(line, Field.USERNAME, username, Reason.USERNAME_TAKEN, owner.label()));
                }
            }
            if (!found.isEmpty()) {
                problems.addAll(found);
                continue;
            }
            if (match == null) {
                if (Boolean.FALSE.equals(active)) {
                    unchanged++;
                    continue;
                }
                String name = username.isEmpty() ? derivedUsername(email, takenUsernames) : username;
                takenUsernames.add(name);
                additions.add(new NewPerson(
                        line,
                        number.isEmpty() ? null : number,
                        first,
                        last,
                        email,
                        name,
                        unit,
                        supervised == null ? Set.of() : supervised,
                        language == null ? "fi" : language,
                        start));
                continue;
            }
            boolean changed = false;
            List<FieldChange> fields = new ArrayList<>();
            if (!number.isEmpty() && !number.equals(match.employeeNumber())) {
                fields.add(new FieldChange(Field.EMPLOYEE_NUMBER, text(match.employeeNumber()), number));
            }
            if (!first.equals(match.firstName())) {
                fields.add(new FieldChange(Field.FIRST_NAME, match.firstName(), first));
            }
            if (!last.equals(match.lastName())) {
                fields.add(new FieldChange(Field.LAST_NAME, match.lastName(), last));
            }
            if (!email.equalsIgnoreCase(match.email())) {
                fields.add(new FieldChange(Field.EMAIL, match.email(), email));
            }
            if (!username.isEmpty() && !username.equals(match.username())) {
                fields.add(new FieldChange(Field.USERNAME, match.username(), username));
            }
            if (language != null && !language.equals(match.language())) {
                fields.add(new FieldChange(Field.LANGUAGE, match.language(), language));
            }
            if (supervised != null && !supervised.equals(new TreeSet<>(match.supervisedCodes()))) {
                fields.add(new FieldChange(Field.SUPERVISES, codes(match.supervisedCodes()), codes(supervised)));
            }
            if (Boolean.TRUE.equals(active) && !match.active()) {
                fields.add(new FieldChange(Field.ACTIVE, "no", "yes"));
            }
            if (!fields.isEmpty()) {
                changes.add(new PersonChange(line, match.id(), match.label(), List.copyOf(fields)));
                changed = true;
            }
            if (!unit.equals(match.unitCode())) {
                moves.add(new Move(line, match.id(), match.label(), match.unitCode(), unit));
                changed = true;
            }
            if (Boolean.FALSE.equals(active) && match.active()) {
                deactivations.add(new Deactivation(line, match.id(), match.label(), match.unitCode()));
                changed = true;
            }
            if (!changed) {
                unchanged++;
            }
        }
        if (mode == Mode.FULL) {
            for (KnownPerson person : people) {
                if (person.active()
                        && !person.admin()
                        && !claimed.containsKey(person.id())
                        && (scope == null || scope.contains(person.unitCode()))) {
                    deactivations.add(new Deactivation(0, person.id(), person.label(), person.unitCode()));
                }
            }
        }
        problems.sort(java.util.Comparator.comparingLong(Problem::line));
        return new PeopleImportPlan(
                List.copyOf(additions),
                List.copyOf(changes),
                List.copyOf(moves),
                List.copyOf(deactivations),
                newUnits,
                List.copyOf(problems),
                unchanged);
    }

    /**
     * The units the file adds: with a unit name column, each unit code Kohtaamo does not know, named on some row, under
     * its parent (a unit Kohtaamo knows or one the file adds; none: the organisation's top unit), parents first.
     */
    private List<NewUnit> newUnits(List<Row> rows) {
        if (!mapping.has(Field.UNIT_NAME)) {
            return List.of();
        }
        Map<String, Row> candidates = new LinkedHashMap<>();
        for (Row row : rows) {
            String code = cell(row, Field.UNIT);
            String name = cell(row, Field.UNIT_NAME);
            if (code.isEmpty() || name.isEmpty() || knownUnits.containsKey(lower(code))) {
                continue;
            }
            if (!UNIT_CODE.matcher(code).matches()) {
                problems.add(new Problem(row.line(), Field.UNIT, code, Reason.INVALID_UNIT_CODE, null));
                failed.add(row.line());
                continue;
            }
            if (name.length() > 200) {
                problems.add(new Problem(row.line(), Field.UNIT_NAME, name, Reason.TOO_LONG, null));
                failed.add(row.line());
                continue;
            }
            candidates.putIfAbsent(lower(code), row);
        }
        Map<String, UnitKind> kinds = new HashMap<>();
        knownUnits.forEach((code, unit) -> kinds.put(code, unit.kind()));
        List<NewUnit> added = new ArrayList<>();
        boolean progress = true;
        while (progress && !candidates.isEmpty()) {
            progress = false;
            for (var it = candidates.entrySet().iterator(); it.hasNext(); ) {
                var candidate = it.next();
                Row row = candidate.getValue();
                String parentText = cell(row, Field.PARENT_UNIT);
                String parent = parentText.isEmpty() ? rootCode : parentText;
                UnitKind parentKind = parent == null ? null : kinds.get(lower(parent));
                if (parentKind == null) {
                    continue;
                }
                it.remove();
                progress = true;
                if (parentKind == UnitKind.TEAM) {
                    problems.add(new Problem(row.line(), Field.PARENT_UNIT, parent, Reason.NO_UNITS_UNDER_TEAM, null));
                    failed.add(row.line());
                    continue;
                }
                UnitKind kind = parentKind == UnitKind.UNIT ? UnitKind.TEAM : UnitKind.UNIT;
                String code = cell(row, Field.UNIT);
                kinds.put(candidate.getKey(), kind);
                unitCodes.put(candidate.getKey(), code);
                added.add(
                        new NewUnit(row.line(), code, cell(row, Field.UNIT_NAME), unitCodes.get(lower(parent)), kind));
            }
        }
        for (Row row : candidates.values()) {
            problems.add(new Problem(
                    row.line(), Field.PARENT_UNIT, cell(row, Field.PARENT_UNIT), Reason.UNKNOWN_PARENT_UNIT, null));
            failed.add(row.line());
        }
        return List.copyOf(added);
    }

    /** Lines whose new unit was refused (and said why), so the row is not told again that its unit is unknown. */
    private final Set<Long> failed = new HashSet<>();

    private boolean newUnitFailedOn(long line, String unitText) {
        return failed.contains(line);
    }

    private KnownPerson match(String number, String email, String username) {
        if (!number.isEmpty() && byNumber.containsKey(number)) {
            return byNumber.get(number);
        }
        if (!email.isEmpty() && byEmail.containsKey(lower(email))) {
            return byEmail.get(lower(email));
        }
        if (!username.isEmpty()) {
            return byUsername.get(username);
        }
        return null;
    }

    private static Field identifyingField(String number, KnownPerson match) {
        return !number.isEmpty() && number.equals(match.employeeNumber()) ? Field.EMPLOYEE_NUMBER : Field.EMAIL;
    }

    private static String identifyingValue(String number, String email, String username, KnownPerson match) {
        if (!number.isEmpty() && number.equals(match.employeeNumber())) {
            return number;
        }
        return email.isEmpty() ? username : email;
    }

    private String required(Row row, Field field, List<Problem> found) {
        String value = cell(row, field);
        if (value.isEmpty()) {
            found.add(new Problem(row.line(), field, value, Reason.MISSING, null));
        }
        return value;
    }

    private static void tooLong(long line, Field field, String value, int max, List<Problem> found) {
        if (value.length() > max) {
            found.add(new Problem(line, field, value, Reason.TOO_LONG, String.valueOf(max)));
        }
    }

    private String language(Row row, List<Problem> found) {
        String text = cell(row, Field.LANGUAGE);
        if (text.isEmpty()) {
            return null;
        }
        String language = LANGUAGES.get(ImportHeaders.normalise(text));
        if (language == null) {
            found.add(new Problem(row.line(), Field.LANGUAGE, text, Reason.INVALID_LANGUAGE, null));
        }
        return language;
    }

    /** Yes, no, or null when the cell is empty (or not yes or no, which is a problem). */
    private Boolean yesNo(Row row, Field field, List<Problem> found) {
        String text = cell(row, field);
        if (text.isEmpty()) {
            return null;
        }
        String value = ImportHeaders.normalise(text);
        if (YES.contains(value)) {
            return true;
        }
        if (NO.contains(value)) {
            return false;
        }
        found.add(new Problem(row.line(), field, text, Reason.INVALID_YES_NO, null));
        return null;
    }

    /**
     * The codes of the units the row's person is to supervise, as Kohtaamo spells them, or null when the file does not
     * say: a supervised-units column names them (empty: none); a supervisor flag means their own unit, or none.
     */
    private Set<String> supervised(Row row, String unit, List<Problem> found) {
        if (mapping.has(Field.SUPERVISES)) {
            Set<String> codes = new TreeSet<>();
            String text = cell(row, Field.SUPERVISES);
            for (String code : text.isEmpty() ? new String[0] : CODE_LIST.split(text)) {
                String known = unitCodes.get(lower(code));
                if (known == null) {
                    found.add(new Problem(row.line(), Field.SUPERVISES, code, Reason.UNKNOWN_UNIT, null));
                } else {
                    codes.add(known);
                }
            }
            return codes;
        }
        if (mapping.has(Field.SUPERVISOR)) {
            Boolean flag = yesNo(row, Field.SUPERVISOR, found);
            if (flag == null) {
                return null;
            }
            return flag && unit != null ? new TreeSet<>(Set.of(unit)) : new TreeSet<>();
        }
        return null;
    }

    private LocalDate startDate(Row row, List<Problem> found) {
        String text = cell(row, Field.START_DATE);
        if (text.isEmpty()) {
            return null;
        }
        return ImportDates.parse(text).map(java.time.LocalDateTime::toLocalDate).orElseGet(() -> {
            found.add(new Problem(row.line(), Field.START_DATE, text, Reason.INVALID_DATE, null));
            return null;
        });
    }

    /**
     * A username for a new person from their email's local part ({@code Anna.Virtanen@...}: {@code anna.virtanen}),
     * numbered when taken.
     */
    static String derivedUsername(String email, Set<String> taken) {
        String base = lower(email.substring(0, Math.max(0, email.indexOf('@')))).replaceAll("[^a-z0-9._-]", "");
        if (base.length() < 3) {
            base = (base + "user").substring(0, Math.max(3, base.length()));
        }
        base = base.substring(0, Math.min(base.length(), 76));
        String name = base;
        for (int n = 2; taken.contains(name); n++) {
            name = base + n;
        }
        return name;
    }

    private String cell(Row row, Field field) {
        return mapping.cell(row.cells(), field);
    }

    private static String codes(Set<String> codes) {
        return String.join(", ", new TreeSet<>(codes));
    }

    private static String text(String value) {
        return Objects.requireNonNullElse(value, "");
    }

    private static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }
}
