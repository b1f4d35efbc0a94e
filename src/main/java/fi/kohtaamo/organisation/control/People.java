package fi.kohtaamo.organisation.control;

import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.platform.security.PasswordPolicy;
import fi.kohtaamo.platform.security.Passwords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** People: finding them, saving them with their roles and units, and deactivating them. */
@ApplicationScoped
public class People {

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    /** For the people table's lazy model, which builds its own criteria queries (read only). */
    public EntityManager entityManager() {
        return em;
    }

    public Optional<Person> find(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Person.class, id));
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
        Person managed = person.getId() == null ? person : em.merge(person);
        managed.setUnit(em.getReference(Unit.class, person.getUnit().getId()));
        managed.superviseOnly(supervisedUnits.stream()
                .map(unit -> em.getReference(Unit.class, unit.getId()))
                .collect(java.util.stream.Collectors.toSet()));
        if (person.getId() == null) {
            em.persist(managed);
        }
        return managed;
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

    @Transactional
    public void setActive(Long personId, boolean active) {
        find(personId).ifPresent(person -> {
            if (active) {
                person.reactivate();
            } else {
                person.deactivate();
            }
        });
    }
}
