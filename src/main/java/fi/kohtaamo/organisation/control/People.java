package fi.kohtaamo.organisation.control;

import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Role;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.platform.audit.Actors;
import fi.kohtaamo.platform.audit.AuditAction;
import fi.kohtaamo.platform.audit.AuditLog;
import fi.kohtaamo.platform.audit.AuditTarget;
import fi.kohtaamo.platform.i18n.ReaderZone;
import fi.kohtaamo.platform.security.PasswordPolicy;
import fi.kohtaamo.platform.security.Passwords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * People: finding them, saving them with their roles and units, and deactivating them. Creating a person, changing
 * what they may do (roles and supervised units) and deactivating them are written to the audit log in the same
 * transaction.
 */
@ApplicationScoped
public class People implements Actors {

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    Event<PeopleChanged> peopleChanged;

    @Inject
    AuditLog audit;

    /** For the people table's lazy model, which builds its own criteria queries (read only). */
    public EntityManager entityManager() {
        return em;
    }

    /**
     * Whether the editor may change the person's record: administrators anyone's; HR anyone's except another HR
     * person's or an administrator's (else HR could set an administrator's password and sign in as them); everyone
     * their own.
     */
    public static boolean mayEdit(Person editor, Person person) {
        if (editor.hasRole(Role.ADMIN)
                || (person.getId() != null && person.getId().equals(editor.getId()))) {
            return true;
        }
        return editor.hasRole(Role.HR) && !person.hasRole(Role.HR) && !person.hasRole(Role.ADMIN);
    }

    public Optional<Person> find(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Person.class, id));
    }

    @Override
    public Optional<Long> personId(String username) {
        return findByUsername(username).map(Person::getId);
    }

    public Optional<Person> findByUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createNamedQuery("Person.findByUsername", Person.class)
                .setParameter("username", username.trim().toLowerCase())
                .getResultStream()
                .findFirst();
    }

    public boolean usernameTaken(String username, Long exceptId) {
        return em.createNamedQuery("Person.countByUsername", Long.class)
                        .setParameter("username", username.trim())
                        .setParameter("id", exceptId == null ? -1L : exceptId)
                        .getSingleResult()
                > 0;
    }

    public boolean emailTaken(String email, Long exceptId) {
        return em.createNamedQuery("Person.countByEmail", Long.class)
                        .setParameter("email", email.trim())
                        .setParameter("id", exceptId == null ? -1L : exceptId)
                        .getSingleResult()
                > 0;
    }

    /** The people whose own unit is one of these, ordered by last name. */
    public List<Person> inUnits(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("Person.findInUnits", Person.class)
                .setParameter("unitIds", unitIds)
                .getResultList();
    }

    public List<Person> supervisorsOf(Long unitId) {
        return em.createNamedQuery("Person.supervisorsOf", Person.class)
                .setParameter("unitId", unitId)
                .getResultList();
    }

    /**
     * Saves a person with the units they supervise and, when given, a new password.
     *
     * @param newPassword a new password, or blank to keep the current one
     * @throws IllegalArgumentException if the password does not meet the {@link PasswordPolicy}
     */
    @Transactional
    public Person save(Person person, Set<Unit> supervisedUnits, String newPassword) {
        if (newPassword != null && !newPassword.isEmpty()) {
            PasswordPolicy.check(newPassword, person.getUsername()).ifPresent(problem -> {
                throw new IllegalArgumentException("Password refused: " + problem);
            });
            person.setPasswordHash(passwords.hash(newPassword));
        }
        Optional<Person> before = find(person.getId());
        Set<Long> changed = new HashSet<>();
        before.ifPresent(stored -> changed.add(stored.getUnit().getId()));
        String accessBefore = before.map(People::access).orElse(null);
        Person managed = person.getId() == null ? person : em.merge(person);
        managed.setUnit(em.getReference(Unit.class, person.getUnit().getId()));
        managed.superviseOnly(supervisedUnits.stream()
                .map(unit -> em.getReference(Unit.class, unit.getId()))
                .collect(Collectors.toSet()));
        if (person.getId() == null) {
            em.persist(managed);
        }
        changed.add(person.getUnit().getId());
        peopleChanged.fire(new PeopleChanged(changed));
        String accessAfter = access(managed);
        if (accessBefore == null) {
            audit.record(AuditAction.PERSON_CREATED, target(managed), accessAfter);
        } else if (!accessBefore.equals(accessAfter)) {
            audit.record(AuditAction.ROLES_CHANGED, target(managed), accessBefore + " → " + accessAfter);
        }
        return managed;
    }

    /** What a person may do, as the audit log shows it: roles, and the codes of the units they supervise. */
    static String access(Person person) {
        String roles = person.getRoles().stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
        String supervised =
                person.getSupervisedUnits().stream().map(Unit::getCode).sorted().collect(Collectors.joining(", "));
        return supervised.isEmpty() ? roles : roles + "; supervises " + supervised;
    }

    /** A person as the target of an audit event. */
    public static AuditTarget target(Person person) {
        return AuditTarget.person(
                person.getId(),
                person.getFullName() + " (" + person.getUsername() + ")",
                person.getUnit().getId());
    }

    /**
     * Gives a person a new password, for the person themselves after they have proved the current one.
     *
     * @throws IllegalArgumentException if the password does not meet the {@link PasswordPolicy}
     */
    @Transactional
    public void changePassword(Long personId, String newPassword) {
        Person person = em.find(Person.class, personId);
        PasswordPolicy.check(newPassword, person.getUsername()).ifPresent(problem -> {
            throw new IllegalArgumentException("Password refused: " + problem);
        });
        person.setPasswordHash(passwords.hash(newPassword));
    }

    @Transactional
    public void setPreferredLanguage(Long personId, String tag) {
        find(personId).ifPresent(person -> person.setPreferredLanguage(tag));
    }

    /**
     * Sets the zone in which a person reads times, or clears it (null) for the organisation's.
     *
     * @throws IllegalArgumentException if it is not one of the zones a person may choose ({@link ReaderZone#CHOICES})
     */
    @Transactional
    public void setTimeZone(Long personId, String zone) {
        if (zone != null && !ReaderZone.CHOICES.contains(ZoneId.of(zone))) {
            throw new IllegalArgumentException("Not a zone to choose: " + zone);
        }
        find(personId).ifPresent(person -> person.setTimeZone(zone));
    }

    @Transactional
    public void setActive(Long personId, boolean active) {
        find(personId).ifPresent(person -> {
            if (active) {
                person.reactivate();
            } else {
                person.deactivate();
            }
            peopleChanged.fire(new PeopleChanged(Set.of(person.getUnit().getId())));
            audit.record(
                    active ? AuditAction.PERSON_REACTIVATED : AuditAction.PERSON_DEACTIVATED, target(person), null);
        });
    }

    /** The person with this email address, compared ignoring case (single sign-on may match people by it). */
    public Optional<Person> findByEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("select p from Person p where lower(p.email) = :email", Person.class)
                .setParameter("email", email.strip().toLowerCase(java.util.Locale.ROOT))
                .getResultStream()
                .findFirst();
    }
}
