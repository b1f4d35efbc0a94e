package fi.kohtaamo.provisioning.control;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.exceptions.BadRequestException;
import com.unboundid.scim2.common.exceptions.ForbiddenException;
import com.unboundid.scim2.common.exceptions.ResourceConflictException;
import com.unboundid.scim2.common.exceptions.ResourceNotFoundException;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.filters.EqualFilter;
import com.unboundid.scim2.common.filters.Filter;
import com.unboundid.scim2.common.messages.PatchRequest;
import fi.kohtaamo.organisation.control.People;
import fi.kohtaamo.organisation.control.PeopleChanged;
import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Role;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.organisation.entity.UnitKind;
import fi.kohtaamo.platform.audit.AuditAction;
import fi.kohtaamo.platform.audit.AuditLog;
import fi.kohtaamo.provisioning.control.ScimUsers.UserFields;
import fi.kohtaamo.provisioning.entity.ProvisionedPerson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an identity provider does to people and units over SCIM, done through {@link People} and {@link Units}: so a
 * person created, changed, moved or deactivated here is audited and fires {@link PeopleChanged} as on the people
 * pages, and each change is also recorded as {@link AuditAction#PERSON_PROVISIONED} naming the token that made it.
 *
 * <p>Deactivating ({@code active: false}) keeps the person's history, as deactivating on the person page does. DELETE
 * deactivates too, and from then on the User answers 404 (RFC 7644 section 3.6): leaving the organisation's directory
 * is not a request to be forgotten, which is the person's own right and goes through {@code privacy}'s erasure. A
 * Group's members are its unit's people; adding someone moves them to that unit, and removing them leaves them where
 * they are until they are added to another (a person always belongs to one unit). Each operation is one transaction;
 * a refused one (a {@link ScimException}) leaves nothing changed.
 */
@ApplicationScoped
public class Provisioning {

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

    @Inject
    Validator validator;

    // ---- Users ----

    public ObjectNode user(String id, String base) throws ScimException {
        Person person = person(id);
        return ScimUsers.user(person, link(person.getId()).orElse(null), base);
    }

    /** The Users matching the filter (RFC 7644 section 3.4.2), a page of them. */
    public ObjectNode users(String filterText, Integer startIndex, Integer count, String base) throws ScimException {
        Filter filter = ScimResources.filter(filterText);
        List<Person> candidates = candidates(filter);
        List<ObjectNode> matching = new ArrayList<>();
        for (Person person : candidates) {
            Optional<ProvisionedPerson> link = link(person.getId());
            if (person.isErased() || link.filter(ProvisionedPerson::isDeleted).isPresent()) {
                continue;
            }
            ObjectNode user = ScimUsers.user(person, link.orElse(null), base);
            if (ScimResources.matches(filter, user)) {
                matching.add(user);
            }
        }
        return ScimResources.page(matching, startIndex, count);
    }

    /** The people a filter can match: by userName or externalId at once, as identity providers ask, else everyone. */
    private List<Person> candidates(Filter filter) {
        if (filter instanceof EqualFilter equal && equal.getComparisonValue() != null) {
            String attribute = equal.getAttributePath().toString();
            String value = equal.getComparisonValue().asText();
            if (attribute.equalsIgnoreCase("userName")) {
                return em.createNamedQuery("ProvisionedPerson.byUserName", ProvisionedPerson.class)
                        .setParameter("userName", value)
                        .getResultStream()
                        .map(link -> people.find(link.getPersonId()).orElseThrow())
                        .findFirst()
                        .or(() -> people.findByUsername(value)
                                .filter(p -> link(p.getId()).isEmpty()))
                        .map(List::of)
                        .orElse(List.of());
            }
            if (attribute.equalsIgnoreCase("externalId")) {
                return em.createNamedQuery("ProvisionedPerson.byExternalId", ProvisionedPerson.class)
                        .setParameter("externalId", value)
                        .getResultStream()
                        .map(link -> people.find(link.getPersonId()).orElseThrow())
                        .toList();
            }
            if (attribute.equalsIgnoreCase("id")) {
                return people.find(number(value)).map(List::of).orElse(List.of());
            }
        }
        return people.inUnits(units.allIds()).stream()
                .sorted(Comparator.comparing(Person::getId))
                .toList();
    }

    /**
     * Creates a person from a User: an employee of the unit its {@code department} names (by code or name), else of
     * the organisation's top unit, without a password until one is set in Kohtaamo. A person already in Kohtaamo with
     * the User's e-mail address whom no identity provider has provisioned is taken over instead (their history stays);
     * the same userName created again after a DELETE brings that person back.
     *
     * @throws ScimException 400 {@code invalidValue} for a missing or invalid attribute, 409 {@code uniqueness} when
     *     the userName or e-mail address is already someone's
     */
    @Transactional(rollbackOn = ScimException.class)
    public ObjectNode createUser(ObjectNode body, String via, String base) throws ScimException {
        UserFields fields = ScimUsers.fields(body);
        requireComplete(fields);
        Optional<ProvisionedPerson> existing = byUserName(fields.userName());
        if (existing.isPresent() && !existing.get().isDeleted()) {
            throw uniqueness("userName " + fields.userName() + " is already provisioned as User "
                    + existing.get().getPersonId() + ".");
        }
        if (existing.isPresent()) {
            // Deleted earlier and now created again: the same person comes back, with their history.
            ProvisionedPerson link = existing.get();
            link.restore();
            Person person = person(String.valueOf(link.getPersonId()));
            requireChangeable(person);
            apply(person, link, fields, true, via);
            return ScimUsers.user(person, link, base);
        }
        Optional<Person> sameAddress = em.createQuery(
                        "select p from Person p where lower(p.email) = lower(:email)", Person.class)
                .setParameter("email", fields.email())
                .getResultStream()
                .findFirst();
        if (sameAddress.isPresent() && link(sameAddress.get().getId()).isEmpty()) {
            // Someone added in Kohtaamo by hand before provisioning began: the identity provider takes them over.
            Person person = sameAddress.get();
            requireChangeable(person);
            ProvisionedPerson link = new ProvisionedPerson(person.getId(), fields.userName(), fields.externalId());
            em.persist(link);
            apply(person, link, fields, false, via);
            audit.record(
                    AuditAction.PERSON_PROVISIONED,
                    People.target(person),
                    via + ": taken over as " + fields.userName());
            return ScimUsers.user(person, link, base);
        }
        if (sameAddress.isPresent()) {
            throw uniqueness("The e-mail address " + fields.email() + " is already someone's in Kohtaamo.");
        }
        Unit unit = department(fields.department()).orElseGet(this::topUnit);
        Person person =
                new Person(username(fields.userName()), fields.email(), fields.givenName(), fields.familyName(), unit);
        if (fields.language() != null) {
            person.setPreferredLanguage(fields.language());
        }
        validate(person);
        Person saved = people.save(person, Set.of(), null);
        ProvisionedPerson link = new ProvisionedPerson(saved.getId(), fields.userName(), fields.externalId());
        em.persist(link);
        audit.record(
                AuditAction.PERSON_PROVISIONED,
                People.target(saved),
                via + ": created as " + fields.userName() + " in " + unit.getName());
        if (Boolean.FALSE.equals(fields.active())) {
            people.setActive(saved.getId(), false);
        }
        return ScimUsers.user(saved, link, base);
    }

    /** PUT: the User as sent replaces what Kohtaamo keeps of it. */
    @Transactional(rollbackOn = ScimException.class)
    public ObjectNode replaceUser(String id, ObjectNode body, String ifMatch, String via, String base)
            throws ScimException {
        Person person = person(id);
        ProvisionedPerson link = linkFor(person);
        ScimResources.requireMatch(ifMatch, ScimUsers.user(person, link, base));
        UserFields fields = ScimUsers.fields(body);
        requireComplete(fields);
        requireChangeable(person);
        apply(person, link, fields, false, via);
        return ScimUsers.user(person, link, base);
    }

    @Transactional(rollbackOn = ScimException.class)
    public ObjectNode patchUser(String id, PatchRequest patch, String ifMatch, String via, String base)
            throws ScimException {
        Person person = person(id);
        ProvisionedPerson link = linkFor(person);
        ObjectNode current = ScimUsers.user(person, link, base);
        ScimResources.requireMatch(ifMatch, current);
        UserFields fields = ScimUsers.fields(ScimUsers.patched(current, patch));
        requireComplete(fields);
        requireChangeable(person);
        apply(person, link, fields, false, via);
        return ScimUsers.user(person, link, base);
    }

    /** DELETE: the person is deactivated, keeping their history, and the User is gone for the identity provider. */
    @Transactional(rollbackOn = ScimException.class)
    public void deleteUser(String id, String ifMatch, String via, String base) throws ScimException {
        Person person = person(id);
        ProvisionedPerson link = linkFor(person);
        ScimResources.requireMatch(ifMatch, ScimUsers.user(person, link, base));
        requireChangeable(person);
        link.delete();
        if (person.isActive()) {
            people.setActive(person.getId(), false);
        }
        audit.record(AuditAction.PERSON_PROVISIONED, People.target(person), via + ": deleted (deactivated)");
    }

    /** Writes the User's attributes to the person, saving through {@link People} and auditing what changed. */
    private void apply(Person person, ProvisionedPerson link, UserFields fields, boolean restored, String via)
            throws ScimException {
        List<String> changes = new ArrayList<>();
        if (restored) {
            changes.add("created again as " + fields.userName());
        }
        if (!fields.userName().equals(link.getUserName())) {
            Optional<ProvisionedPerson> other = byUserName(fields.userName());
            if (other.isPresent() && !other.get().getPersonId().equals(person.getId())) {
                throw uniqueness("userName " + fields.userName() + " is already provisioned as User "
                        + other.get().getPersonId() + ".");
            }
            changes.add("userName " + link.getUserName() + " → " + fields.userName());
            link.setUserName(fields.userName());
        }
        if (!Objects.equals(fields.externalId(), link.getExternalId())) {
            changes.add("externalId");
            link.setExternalId(fields.externalId());
        }
        if (!fields.givenName().equals(person.getFirstName())
                || !fields.familyName().equals(person.getLastName())) {
            changes.add("name " + person.getFullName() + " → " + fields.givenName() + " " + fields.familyName());
            person.setFirstName(fields.givenName());
            person.setLastName(fields.familyName());
        }
        if (!fields.email().equalsIgnoreCase(person.getEmail())) {
            if (people.emailTaken(fields.email(), person.getId())) {
                throw uniqueness("The e-mail address " + fields.email() + " is already someone's in Kohtaamo.");
            }
            changes.add("e-mail " + person.getEmail() + " → " + fields.email());
            person.setEmail(fields.email());
        }
        if (fields.language() != null && !fields.language().equals(person.getPreferredLanguage())) {
            changes.add("language " + person.getPreferredLanguage() + " → " + fields.language());
            person.setPreferredLanguage(fields.language());
        }
        Unit before = person.getUnit();
        Optional<Unit> department = Optional.ofNullable(fields.department())
                .filter(name -> !name.equalsIgnoreCase(before.getName()) && !name.equalsIgnoreCase(before.getCode()))
                .flatMap(this::department);
        department.ifPresent(unit -> {
            changes.add("unit " + before.getName() + " → " + unit.getName());
            person.setUnit(unit);
        });
        validate(person);
        if (!changes.isEmpty()) {
            save(person, before);
            audit.record(
                    AuditAction.PERSON_PROVISIONED, People.target(person), via + ": " + String.join("; ", changes));
        }
        if (fields.active() != null && fields.active() != person.isActive()) {
            people.setActive(person.getId(), fields.active());
        }
    }

    /** Saves a person through {@link People}; a move also tells the unit they left. */
    private void save(Person person, Unit before) {
        people.save(person, person.getSupervisedUnits(), null);
        if (!before.equals(person.getUnit())) {
            peopleChanged.fire(new PeopleChanged(Set.of(before.getId())));
        }
    }

    private static void requireComplete(UserFields fields) throws BadRequestException {
        List<String> missing = new ArrayList<>();
        if (fields.userName() == null) {
            missing.add("userName");
        }
        if (fields.givenName() == null) {
            missing.add("name.givenName");
        }
        if (fields.familyName() == null) {
            missing.add("name.familyName");
        }
        if (fields.email() == null) {
            missing.add("emails (a work address)");
        }
        if (!missing.isEmpty()) {
            throw BadRequestException.invalidValue("A Kohtaamo user needs " + String.join(", ", missing) + ".");
        }
    }

    /** Bean Validation of the person, each failure as the attribute it came from. */
    private void validate(Person person) throws BadRequestException {
        Set<ConstraintViolation<Person>> violations = validator.validate(person);
        if (!violations.isEmpty()) {
            throw BadRequestException.invalidValue(violations.stream()
                    .map(v -> attribute(v.getPropertyPath().toString()) + ": " + v.getMessage())
                    .sorted()
                    .collect(Collectors.joining("; ")));
        }
    }

    private static String attribute(String property) {
        return switch (property) {
            case "firstName" -> "name.givenName";
            case "lastName" -> "name.familyName";
            case "email" -> "emails.value";
            case "preferredLanguage" -> "preferredLanguage";
            case "username" -> "userName";
            default -> property;
        };
    }

    /**
     * A Kohtaamo username for a userName: itself when it is one (3–80 of a–z, 0–9, ".", "_", "-"), else the part before
     * "@" so made; a number is added when someone has it already.
     */
    private String username(String userName) {
        String base = ScimUsernames.of(userName);
        String candidate = base;
        for (int n = 2; people.usernameTaken(candidate, null); n++) {
            String suffix = String.valueOf(n);
            candidate = base.substring(0, Math.min(base.length(), 80 - suffix.length())) + suffix;
        }
        return candidate;
    }

    /**
     * Refuses to change HR people and administrators: a provisioning token may do what HR may do on the person page,
     * and no more, so it can never take over (by changing the address of) or lock out those who run Kohtaamo.
     */
    private static void requireChangeable(Person person) throws ForbiddenException {
        if (person.hasRole(Role.HR) || person.hasRole(Role.ADMIN)) {
            throw new ForbiddenException("User " + person.getId()
                    + " is HR or an administrator in Kohtaamo; such people are changed only on Kohtaamo's own pages.");
        }
    }

    private Person person(String id) throws ResourceNotFoundException {
        Optional<Person> person = people.find(number(id));
        if (person.isEmpty()
                || person.get().isErased()
                || link(person.get().getId())
                        .filter(ProvisionedPerson::isDeleted)
                        .isPresent()) {
            throw new ResourceNotFoundException("No User " + id + ".");
        }
        return person.get();
    }

    private Optional<ProvisionedPerson> link(Long personId) {
        return Optional.ofNullable(em.find(ProvisionedPerson.class, personId));
    }

    /** The person's link, made now for a person nobody provisioned yet (their userName is their username). */
    private ProvisionedPerson linkFor(Person person) {
        return link(person.getId()).orElseGet(() -> {
            ProvisionedPerson link = new ProvisionedPerson(person.getId(), person.getUsername(), null);
            em.persist(link);
            return link;
        });
    }

    private Optional<ProvisionedPerson> byUserName(String userName) {
        return em.createNamedQuery("ProvisionedPerson.byUserName", ProvisionedPerson.class)
                .setParameter("userName", userName)
                .getResultStream()
                .findFirst();
    }

    private static Long number(String id) {
        try {
            return id == null ? null : Long.valueOf(id.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static ScimException uniqueness(String detail) {
        return ResourceConflictException.uniqueness(detail);
    }

    // ---- Groups ----

    public ObjectNode group(String id, String base) throws ScimException {
        Unit unit = unit(id);
        return ScimGroups.group(unit, people.inUnits(List.of(unit.getId())), base);
    }

    /** The Groups (the active units) matching the filter, a page of them. */
    public ObjectNode groups(String filterText, Integer startIndex, Integer count, String base) throws ScimException {
        Filter filter = ScimResources.filter(filterText);
        List<ObjectNode> matching = new ArrayList<>();
        for (Unit unit : units.all()) {
            if (!unit.isActive()) {
                continue;
            }
            ObjectNode group = ScimGroups.group(unit, people.inUnits(List.of(unit.getId())), base);
            if (ScimResources.matches(filter, group)) {
                matching.add(group);
            }
        }
        matching.sort(Comparator.comparing(g -> Long.valueOf(g.get("id").asText())));
        return ScimResources.page(matching, startIndex, count);
    }

    /**
     * POST: a new unit of kind {@link UnitKind#UNIT} under the organisation's top unit, named as the Group, with its
     * members moved into it.
     *
     * @throws ScimException 409 {@code uniqueness} when an active unit already has the name
     */
    @Transactional(rollbackOn = ScimException.class)
    public ObjectNode createGroup(ObjectNode body, String via, String base) throws ScimException {
        String name = ScimGroups.displayName(body);
        if (name == null) {
            throw BadRequestException.invalidValue("A Group needs a displayName.");
        }
        if (units.all().stream().anyMatch(u -> u.isActive() && u.getName().equalsIgnoreCase(name))) {
            throw uniqueness(
                    "A unit named " + name + " already exists; find it with filter=displayName eq \"" + name + "\".");
        }
        String code = ScimGroups.code(name);
        String candidate = code;
        for (int n = 2; units.codeTaken(candidate, null); n++) {
            candidate = code + "-" + n;
        }
        if (name.length() > 200) {
            throw BadRequestException.invalidValue("displayName: at most 200 characters.");
        }
        Unit unit = Unit.blank(UnitKind.UNIT);
        unit.setCode(candidate);
        unit.setName(name);
        Unit saved = units.save(unit, topUnit().getId());
        for (String memberId : ScimGroups.memberIds(body)) {
            join(memberId, saved, via);
        }
        return group(String.valueOf(saved.getId()), base);
    }

    @Transactional(rollbackOn = ScimException.class)
    public ObjectNode replaceGroup(String id, ObjectNode body, String ifMatch, String via, String base)
            throws ScimException {
        ObjectNode current = group(id, base);
        ScimResources.requireMatch(ifMatch, current);
        return change(unit(id), current, body, via, base);
    }

    @Transactional(rollbackOn = ScimException.class)
    public ObjectNode patchGroup(String id, PatchRequest patch, String ifMatch, String via, String base)
            throws ScimException {
        ObjectNode current = group(id, base);
        ScimResources.requireMatch(ifMatch, current);
        return change(unit(id), current, ScimGroups.patched(current, patch), via, base);
    }

    /** DELETE: the unit is deactivated (its people stay in it, with their history), and the Group is gone. */
    @Transactional(rollbackOn = ScimException.class)
    public void deleteGroup(String id, String ifMatch, String base) throws ScimException {
        Unit unit = unit(id);
        ScimResources.requireMatch(ifMatch, group(id, base));
        units.setActive(unit.getId(), false);
    }

    /** Renames the unit and moves in the members it did not have. */
    private ObjectNode change(Unit unit, ObjectNode current, ObjectNode wanted, String via, String base)
            throws ScimException {
        String name = ScimGroups.displayName(wanted);
        if (name != null && !name.equals(unit.getName())) {
            if (name.length() > 200) {
                throw BadRequestException.invalidValue("displayName: at most 200 characters.");
            }
            unit.setName(name);
            units.save(unit, unit.getParent() == null ? null : unit.getParent().getId());
        }
        Set<String> present = ScimGroups.memberIds(current);
        for (String memberId : ScimGroups.memberIds(wanted)) {
            if (!present.contains(memberId)) {
                join(memberId, unit, via);
            }
        }
        return group(String.valueOf(unit.getId()), base);
    }

    /** Moves a person into a unit, as a change of their own. */
    private void join(String memberId, Unit unit, String via) throws ScimException {
        Person person;
        try {
            person = person(memberId);
        } catch (ResourceNotFoundException e) {
            throw BadRequestException.invalidValue("members: no User " + memberId + ".");
        }
        Unit before = person.getUnit();
        if (!before.equals(unit)) {
            requireChangeable(person);
            person.setUnit(unit);
            save(person, before);
            audit.record(
                    AuditAction.PERSON_PROVISIONED,
                    People.target(person),
                    via + ": unit " + before.getName() + " → " + unit.getName());
        }
    }

    private Unit unit(String id) throws ResourceNotFoundException {
        return units.find(number(id))
                .filter(Unit::isActive)
                .orElseThrow(() -> new ResourceNotFoundException("No Group " + id + "."));
    }

    /** The active unit a department names, by code or by name. */
    private Optional<Unit> department(String department) {
        if (department == null) {
            return Optional.empty();
        }
        return units.all().stream()
                .filter(Unit::isActive)
                .filter(u ->
                        u.getCode().equalsIgnoreCase(department) || u.getName().equalsIgnoreCase(department))
                .findFirst();
    }

    /** The organisation's top unit, where new people and units go unless told otherwise. */
    private Unit topUnit() {
        return units.all().stream()
                .filter(u -> u.getKind() == UnitKind.ORGANISATION && u.isActive())
                .min(Comparator.comparing(Unit::getId))
                .orElseThrow(() -> new IllegalStateException("The organisation has no top unit"));
    }
}
