package fi.kohtaamo.organisation.entity;

import fi.kohtaamo.platform.config.OrganisationZone;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import lombok.Getter;
import lombok.Setter;

/**
 * Someone who works in the organisation and may sign in to Kohtaamo. People are deactivated, never deleted, so that
 * their training and workshop history stays with the units they belonged to. A person who asks to be forgotten is
 * erased: the row stays for that history, but with a pseudonym instead of their name and contact details.
 */
@Entity
@NamedQuery(name = "Person.findByUsername", query = "select p from Person p where p.username = :username")
@NamedQuery(
        name = "Person.countByUsername",
        query = "select count(p) from Person p where lower(p.username) = lower(:username) and p.id <> :id")
@NamedQuery(
        name = "Person.countByEmail",
        query = "select count(p) from Person p where lower(p.email) = lower(:email) and p.id <> :id")
@NamedQuery(
        name = "Person.findInUnits",
        query = "select p from Person p where p.unit.id in :unitIds order by p.lastName, p.firstName")
@NamedQuery(
        name = "Person.supervisorsOf",
        query = "select p from Person p join p.supervisedUnits u where u.id = :unitId")
@Getter
public class Person implements Serializable {

    /** The domain of erased people's addresses: reserved (RFC 2606), so it can never belong to anyone. */
    public static final String ERASED_DOMAIN = "erased.invalid";

    @Id
    @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
    private Long id;

    @NotBlank(message = "{person.username.required}")
    @Size(min = 3, max = 80, message = "{person.username.size}")
    @Pattern(regexp = "[a-z0-9._-]*", message = "{person.username.pattern}")
    private String username;

    @NotBlank(message = "{person.email.required}")
    @Email(regexp = ".+@.+\\..+", message = "{person.email.invalid}")
    @Size(max = 254, message = "{person.email.invalid}")
    private String email;

    @NotBlank(message = "{person.firstName.required}")
    @Size(max = 100, message = "{person.name.size}")
    @Column(name = "first_name")
    private String firstName;

    @NotBlank(message = "{person.lastName.required}")
    @Size(max = 100, message = "{person.name.size}")
    @Column(name = "last_name")
    private String lastName;

    @NotNull
    @Pattern(regexp = "fi|en|sv", message = "{person.language.invalid}")
    @Column(name = "preferred_language")
    @Setter
    private String preferredLanguage = "fi";

    /** The IANA name of the zone in which the person reads times, or null for the organisation's zone. */
    @Size(max = 64)
    @Column(name = "time_zone")
    private String timeZone;

    /** Whether the person has turned off reminders and digests by mail (workshop invitations still come). */
    @Column(name = "reminders_off")
    @Setter
    private boolean remindersOff;

    @NotNull(message = "{person.unit.required}")
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    /** When the person joined their present unit: a unit's assignments reach them from then on. */
    @Column(name = "unit_since")
    private LocalDateTime unitSince = LocalDateTime.now(OrganisationZone.ZONE);

    private boolean active = true;

    @Column(name = "password_hash")
    @Setter
    private String passwordHash;

    @Column(name = "created_at")
    private LocalDateTime createdAt = LocalDateTime.now(OrganisationZone.ZONE);

    @Column(name = "deactivated_at")
    private LocalDateTime deactivatedAt;

    /** The person's roles; SUPERVISOR is kept in step with the supervised units by {@link #superviseOnly(Set)}. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(
            name = "unit_supervisor",
            joinColumns = @JoinColumn(name = "person_id"),
            inverseJoinColumns = @JoinColumn(name = "unit_id"))
    private Set<Unit> supervisedUnits = new HashSet<>();

    /** The person's number in the HR system, by which an import finds them again; null for people typed in by hand. */
    @Size(max = 40, message = "{person.employeeNumber.size}")
    @Column(name = "employee_number")
    private String employeeNumber;

    @Version
    private long version;

    protected Person() {}

    public Person(String username, String email, String firstName, String lastName, Unit unit) {
        setUsername(username);
        setEmail(email);
        setFirstName(firstName);
        setLastName(lastName);
        this.unit = unit;
        roles.add(Role.EMPLOYEE);
    }

    /** A new, unsaved person for a form to fill in: an employee until told otherwise. */
    public static Person blank() {
        Person person = new Person();
        person.roles.add(Role.EMPLOYEE);
        return person;
    }

    /**
     * Makes this person the supervisor of exactly these units: the SUPERVISOR role comes with leading at least one
     * unit, and goes with leading none.
     */
    public void superviseOnly(Set<Unit> units) {
        supervisedUnits.clear();
        supervisedUnits.addAll(units);
        if (units.isEmpty()) {
            roles.remove(Role.SUPERVISOR);
        } else {
            roles.add(Role.SUPERVISOR);
        }
    }

    /** Deactivates the person: they can no longer sign in, and their history stays. */
    public void deactivate() {
        if (active) {
            active = false;
            deactivatedAt = LocalDateTime.now(OrganisationZone.ZONE);
        }
    }

    /**
     * Replaces everything that identifies the person with a pseudonym made of their id ("Poistettu henkilö #123"),
     * removes their password and HR employee number and deactivates them. Their unit and roles stay, so their history keeps counting where
     * it did.
     */
    public void pseudonymise() {
        username = "erased-" + id;
        email = "erased-" + id + "@" + ERASED_DOMAIN;
        firstName = "Poistettu";
        lastName = "henkilö #" + id;
        preferredLanguage = "fi";
        timeZone = null;
        passwordHash = null;
        employeeNumber = null;
        deactivate();
    }

    /** Whether this person has been erased and carries only a pseudonym. */
    public boolean isErased() {
        return email != null && email.endsWith("@" + ERASED_DOMAIN);
    }

    public void reactivate() {
        active = true;
        deactivatedAt = null;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public String getFullName() {
        return firstName + " " + lastName;
    }

    /** Moves the person to a unit; joining another unit than their present one starts {@link #getUnitSince()} anew. */
    public void setUnit(Unit unit) {
        if (this.unit != null && !this.unit.equals(unit)) {
            unitSince = LocalDateTime.now(OrganisationZone.ZONE);
        }
        this.unit = unit;
    }

    public void setUsername(String username) {
        this.username = username == null ? null : username.trim().toLowerCase();
    }

    public void setEmail(String email) {
        this.email = email == null ? null : email.trim();
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName == null ? null : firstName.trim();
    }

    public void setLastName(String lastName) {
        this.lastName = lastName == null ? null : lastName.trim();
    }

    /** The person's own time zone, if they chose one; otherwise they read times in the organisation's. */
    public Optional<ZoneId> timeZone() {
        return Optional.ofNullable(timeZone).map(ZoneId::of);
    }

    /**
     * Sets the person's own time zone, or clears it with null (or blank) for the organisation's.
     *
     * @throws java.time.DateTimeException if it is not a time zone's name
     */
    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone == null || timeZone.isBlank()
                ? null
                : ZoneId.of(timeZone.trim()).getId();
    }

    public Set<Unit> getSupervisedUnits() {
        return Set.copyOf(supervisedUnits);
    }

    /** Sets the number the HR system knows the person by, or clears it with null (or blank). */
    public void setEmployeeNumber(String employeeNumber) {
        this.employeeNumber = employeeNumber == null || employeeNumber.isBlank() ? null : employeeNumber.strip();
    }

    /**
     * Dates the person's start in their present unit, for an import that knows when they started: the unit's
     * assignments reach them from then on.
     */
    public void startedInUnitAt(LocalDateTime since) {
        this.unitSince = since;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Person person && id != null && id.equals(person.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return getFullName() + " <" + username + ">";
    }
}
