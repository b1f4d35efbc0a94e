package fi.kohtaamo.platform.api;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;
import lombok.AccessLevel;
import lombok.Getter;

/**
 * A key another system uses to call Kohtaamo's API for one {@link Purpose}: to send customer responses to the units it
 * is scoped to, or to import people from the HR system. Only a hash of the key is kept; the key itself is shown once,
 * when it is created.
 */
@Entity
@Table(name = "api_key")
@NamedQuery(name = "ApiKey.byHash", query = "select k from ApiKey k where k.keyHash = :hash")
@NamedQuery(name = "ApiKey.all", query = "select k from ApiKey k where k.purpose = :purpose order by k.createdAt desc")
@Getter
public class ApiKey {

    /** What a key lets its system do; a key of one purpose is refused for the other. */
    public enum Purpose {
        /** Send customer responses and visits for the key's units ({@code /api/v1/responses}, {@code /visits}). */
        RESPONSES,
        /** Import the people of the HR system's export ({@code /api/v1/people/import}). */
        PEOPLE_IMPORT
    }

    @Id
    @SequenceGenerator(name = "api_key_seq", sequenceName = "api_key_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_key_seq")
    private Long id;

    @Size(max = 120, message = "{field.tooLong}")
    private String name;

    @Column(name = "key_hash")
    @Getter(AccessLevel.NONE)
    private String keyHash;

    /** The first characters of the key, so people can tell keys apart. */
    private String prefix;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at")
    private LocalDateTime createdAt = LocalDateTime.now(OrganisationZone.ZONE);

    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    @Enumerated(EnumType.STRING)
    private Purpose purpose = Purpose.RESPONSES;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "api_key_unit", joinColumns = @JoinColumn(name = "api_key_id"))
    @Column(name = "unit_id")
    private Set<Long> unitIds = new HashSet<>();

    protected ApiKey() {}

    public ApiKey(String name, String keyHash, String prefix, Set<Long> unitIds, Long createdBy) {
        this(Purpose.RESPONSES, name, keyHash, prefix, unitIds, createdBy);
    }

    public ApiKey(Purpose purpose, String name, String keyHash, String prefix, Set<Long> unitIds, Long createdBy) {
        this.purpose = purpose;
        this.name = name;
        this.keyHash = keyHash;
        this.prefix = prefix;
        this.unitIds.addAll(unitIds);
        this.createdBy = createdBy;
    }

    public void revoke() {
        if (revokedAt == null) {
            revokedAt = LocalDateTime.now(OrganisationZone.ZONE);
        }
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    public Set<Long> getUnitIds() {
        return Set.copyOf(unitIds);
    }
}
