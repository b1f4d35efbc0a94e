package fi.kohtaamo.organisation.control;

import fi.kohtaamo.organisation.control.PeopleImportDiff.KnownPerson;
import fi.kohtaamo.organisation.control.PeopleImportDiff.KnownUnit;
import fi.kohtaamo.organisation.control.PeopleImportDiff.Row;
import fi.kohtaamo.organisation.control.PeopleImportMapping.Field;
import fi.kohtaamo.organisation.control.PeopleImportPlan.Deactivation;
import fi.kohtaamo.organisation.control.PeopleImportPlan.FieldChange;
import fi.kohtaamo.organisation.control.PeopleImportPlan.Mode;
import fi.kohtaamo.organisation.control.PeopleImportPlan.Move;
import fi.kohtaamo.organisation.control.PeopleImportPlan.NewPerson;
import fi.kohtaamo.organisation.control.PeopleImportPlan.NewUnit;
import fi.kohtaamo.organisation.control.PeopleImportPlan.PersonChange;
import fi.kohtaamo.organisation.entity.PeopleImportSource;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Role;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.organisation.entity.UnitKind;
import fi.kohtaamo.platform.audit.AuditAction;
import fi.kohtaamo.platform.audit.AuditLog;
import fi.kohtaamo.platform.audit.AuditTarget;
import fi.kohtaamo.platform.imports.ImportFile;
import fi.kohtaamo.platform.security.AccessDenied;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Importing people (and their units) from an HR system's export, as a page or a nightly call does it: read the file,
 * map its columns (proposed from the headers, or the mapping saved for its source), preview the {@link
 * PeopleImportPlan} against what Kohtaamo holds, and apply it in one transaction.
 *
 * <p>Applying is all or nothing: a file with any bad row changes nothing, and the plan is worked out again inside the
 * transaction, so a preview that went stale cannot half apply. It is idempotent: the same file again finds nothing to
 * change. It writes what manual changes write: a person created, their roles changed, deactivated or reactivated, a
 * unit created go to the audit log, and {@link PeopleChanged} is fired for every unit whose people changed, so that
 * assignments reach the people who join and training totals recount; the import itself is logged as {@code
 * PEOPLE_IMPORTED} with its counts.
 *
 * <pre>{@code
 * PeopleImports.File file = PeopleImports.read(path);
 * PeopleImportMapping mapping = imports.mappingFor("Sympa", file.headers());
 * PeopleImportPlan plan = imports.preview(mapping, file.rows(), Mode.FULL);
 * if (plan.valid()) imports.apply("Sympa", file.headers(), mapping, file.rows(), Mode.FULL);
 * }</pre>
 */
@ApplicationScoped
public class PeopleImports {

    /** The most people rows one file may hold: a large organisation's whole staff, with room. */
    public static final int MAX_ROWS = 50_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    @Inject
    Units units;

    @Inject
    AuditLog audit;

    @Inject
    Event<PeopleChanged> peopleChanged;

    /** An uploaded file's column names and data rows. */
    public record File(List<String> headers, List<Row> rows) implements Serializable {}

    /**
     * Whether the person may import people: active HR people and administrators, who oversee every unit.
     *
     * @throws AccessDenied otherwise
     */
    public static void requireMayImport(Person person) {
        if (!person.isActive() || !(person.hasRole(Role.HR) || person.hasRole(Role.ADMIN))) {
            throw new AccessDenied("Only HR and administrators import people");
        }
    }

    /**
     * Reads an uploaded CSV or XLSX file of people.
     *
     * @throws ImportFile.Unreadable if it is no such file, has no header row or more than {@link #MAX_ROWS} rows
     *     ({@code tooManyPeople})
     */
    public static File read(Path path) throws IOException {
        ImportFile file = ImportFile.open(path);
        List<String> headers = file.headers();
        List<Row> rows = new ArrayList<>();
        boolean[] tooMany = {false};
        file.read(
                (line, cells) -> {
                    if (rows.size() >= MAX_ROWS) {
                        tooMany[0] = true;
                        return false;
                    }
                    rows.add(new Row(line, List.copyOf(cells)));
                    return true;
                },
                progress -> {});
        if (tooMany[0]) {
            throw new ImportFile.Unreadable("tooManyPeople", null);
        }
        return new File(List.copyOf(headers), List.copyOf(rows));
    }

    /** Reads a file sent as a stream (a request body), through a temporary file that is removed afterwards. */
    public static File read(InputStream body) throws IOException {
        Path temporary = Files.createTempFile("kohtaamo-people-", ".import");
        try {
            Files.copy(body, temporary, StandardCopyOption.REPLACE_EXISTING);
            return read(temporary);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The mapping saved for this source, if it fits the file's columns; otherwise the one the headers propose. */
    public PeopleImportMapping mappingFor(String source, List<String> headers) {
        return savedMapping(source, headers).orElseGet(() -> PeopleImportMapping.propose(headers));
    }

    /** The mapping saved for this source, if there is one and the file has every column it names. */
    public Optional<PeopleImportMapping> savedMapping(String source, List<String> headers) {
        return source(source).flatMap(saved -> PeopleImportMapping.restore(saved.getColumnMapping(), headers));
    }

    /** The names of the sources a mapping is saved for. */
    public List<String> sources() {
        return em.createNamedQuery("PeopleImportSource.all", PeopleImportSource.class)
                .getResultStream()
                .map(PeopleImportSource::getName)
                .toList();
    }

    private Optional<PeopleImportSource> source(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery("PeopleImportSource.byName", PeopleImportSource.class)
                .setParameter("name", name.strip())
                .getResultStream()
                .findFirst();
    }

    /** What the rows would change now, without changing anything; a full file covers the whole organisation. */
    @Transactional
    public PeopleImportPlan preview(PeopleImportMapping mapping, List<Row> rows, Mode mode) {
        return preview(mapping, rows, mode, null);
    }

    /**
     * What the rows would change now, without changing anything.
     *
     * @param scope the code of the unit whose people (with the units below it) a full file lists, or null for the
     *     whole organisation
     * @throws IllegalArgumentException if there is no unit with the scope's code
     */
    @Transactional
    public PeopleImportPlan preview(PeopleImportMapping mapping, List<Row> rows, Mode mode, String scope) {
        List<Unit> all = units.all();
        String root = all.stream()
                .filter(u -> u.getKind() == UnitKind.ORGANISATION && u.getParent() == null)
                .map(Unit::getCode)
                .findFirst()
                .orElse(null);
        List<KnownUnit> known =
                all.stream().map(u -> new KnownUnit(u.getCode(), u.getKind())).toList();
        PeopleImportDiff diff = new PeopleImportDiff(mapping, knownPeople(), known, root);
        if (scope != null && !scope.isBlank()) {
            Unit top = units.findByCode(scope.strip())
                    .orElseThrow(() -> new IllegalArgumentException("No unit with the code " + scope));
            Set<Long> ids = units.withDescendants(List.of(top.getId()));
            diff.scopedTo(all.stream()
                    .filter(u -> ids.contains(u.getId()))
                    .map(Unit::getCode)
                    .collect(Collectors.toSet()));
        }
        return diff.plan(rows, mode);
    }

    /** Everyone but erased people, read in the caller's transaction (the batch reads of roles and units need one). */
    private List<KnownPerson> knownPeople() {
        return em
                .createQuery("select p from Person p", Person.class)
                .setHint("eclipselink.batch", "p.roles")
                .setHint("eclipselink.batch", "p.supervisedUnits")
                .getResultList()
                .stream()
                .filter(p -> !p.isErased())
                .map(p -> new KnownPerson(
                        p.getId(),
                        p.getEmployeeNumber(),
                        p.getUsername(),
                        p.getEmail(),
                        p.getFirstName(),
                        p.getLastName(),
                        p.getUnit().getCode(),
                        p.getSupervisedUnits().stream().map(Unit::getCode).collect(Collectors.toSet()),
                        p.getPreferredLanguage(),
                        p.isActive(),
                        p.hasRole(Role.ADMIN)))
                .toList();
    }

    /**
     * Applies the rows, all or nothing, and saves the mapping for the source: the plan as worked out inside the
     * transaction. If it has bad rows, or the mapping lacks a required column, nothing changes.
     */
    @Transactional
    public PeopleImportPlan apply(
            String source, List<String> headers, PeopleImportMapping mapping, List<Row> rows, Mode mode) {
        return apply(source, headers, mapping, rows, mode, null);
    }

    /**
     * Applies the rows as {@link #apply(String, List, PeopleImportMapping, List, Mode)} does, a full file covering
     * only the scope unit and the units below it (null: the whole organisation).
     */
    @Transactional
    public PeopleImportPlan apply(
            String source, List<String> headers, PeopleImportMapping mapping, List<Row> rows, Mode mode, String scope) {
        if (!mapping.missing().isEmpty() || mapping.hasDuplicateColumns()) {
            throw new IllegalArgumentException("The mapping lacks " + mapping.missing() + " or uses a column twice");
        }
        PeopleImportPlan plan = preview(mapping, rows, mode, scope);
        if (!plan.valid()) {
            return plan;
        }
        saveMapping(source, mapping, headers);
        if (plan.isEmpty()) {
            return plan;
        }
        Map<String, Unit> byCode = new HashMap<>();
        units.all().forEach(u -> byCode.put(lower(u.getCode()), u));
        for (NewUnit added : plan.units()) {
            Unit parent = byCode.get(lower(added.parentCode()));
            Unit unit = units.save(new Unit(added.code(), added.name(), added.kind(), parent), parent.getId());
            byCode.put(lower(unit.getCode()), unit);
        }
        for (NewPerson added : plan.additions()) {
            Person person = new Person(
                    added.username(),
                    added.email(),
                    added.firstName(),
                    added.lastName(),
                    byCode.get(lower(added.unitCode())));
            person.setPreferredLanguage(added.language());
            person.setEmployeeNumber(added.employeeNumber());
            if (added.startDate() != null) {
                person.startedInUnitAt(added.startDate().atStartOfDay());
            }
            people.save(person, unitsOf(added.supervisedCodes(), byCode), null);
        }
        Set<Long> changedUnits = new HashSet<>();
        for (PersonChange change : plan.changes()) {
            Person person = em.find(Person.class, change.personId());
            String accessBefore = People.access(person);
            changedUnits.add(person.getUnit().getId());
            for (FieldChange field : change.fields()) {
                switch (field.field()) {
                    case EMPLOYEE_NUMBER -> person.setEmployeeNumber(field.after());
                    case FIRST_NAME -> person.setFirstName(field.after());
                    case LAST_NAME -> person.setLastName(field.after());
                    case EMAIL -> person.setEmail(field.after());
                    case USERNAME -> person.setUsername(field.after());
                    case LANGUAGE -> person.setPreferredLanguage(field.after());
                    case SUPERVISES -> {
                        Set<String> codes = field.after().isEmpty()
                                ? Set.of()
                                : Set.of(field.after().split(", "));
                        person.superviseOnly(unitsOf(codes, byCode));
                        person.getSupervisedUnits().forEach(u -> changedUnits.add(u.getId()));
                    }
                    case ACTIVE -> people.setActive(person.getId(), true);
                    default -> throw new IllegalStateException("Not a person's field: " + field.field());
                }
            }
            String accessAfter = People.access(person);
            if (!accessBefore.equals(accessAfter)) {
                audit.record(AuditAction.ROLES_CHANGED, People.target(person), accessBefore + " → " + accessAfter);
            }
        }
        for (Move move : plan.moves()) {
            Person person = em.find(Person.class, move.personId());
            changedUnits.add(person.getUnit().getId());
            Unit unit = byCode.get(lower(move.toUnit()));
            person.setUnit(unit);
            changedUnits.add(unit.getId());
        }
        if (!changedUnits.isEmpty()) {
            peopleChanged.fire(new PeopleChanged(changedUnits));
        }
        for (Deactivation deactivation : plan.deactivations()) {
            people.setActive(deactivation.personId(), false);
        }
        audit.record(
                AuditAction.PEOPLE_IMPORTED,
                AuditTarget.of(
                        "people_import",
                        source(source).map(PeopleImportSource::getId).orElse(null),
                        source),
                mode + (scope == null ? "" : " of " + scope) + ": "
                        + plan.additions().size() + " added, "
                        + plan.changes().size() + " changed, "
                        + plan.moves().size() + " moved, "
                        + plan.deactivations().size() + " deactivated, "
                        + plan.units().size() + " units added");
        return plan;
    }

    /** Saves the mapping by column name for the source's next files. */
    @Transactional
    public void saveMapping(String source, PeopleImportMapping mapping, List<String> headers) {
        if (source == null || source.isBlank()) {
            return;
        }
        String saved = mapping.save(headers);
        Optional<PeopleImportSource> existing = source(source);
        if (existing.isEmpty()) {
            em.persist(new PeopleImportSource(source.strip(), saved));
        } else if (!existing.get().getColumnMapping().equals(saved)) {
            existing.get().replace(saved);
        }
    }

    private static Set<Unit> unitsOf(Set<String> codes, Map<String, Unit> byCode) {
        return codes.stream().map(code -> byCode.get(lower(code))).collect(Collectors.toSet());
    }

    private static String lower(String code) {
        return code == null ? "" : code.toLowerCase(Locale.ROOT);
    }

    /** The field names of a mapping's columns, for a page that lists them. */
    public static List<Field> fields() {
        return List.of(Field.values());
    }
}
