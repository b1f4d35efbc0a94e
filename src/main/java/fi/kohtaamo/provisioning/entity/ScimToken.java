package fi.kohtaamo.provisioning.entity;

import fi.kohtaamo.platform.config.OrganisationZone;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import lombok.AccessLevel;
import lombok.Getter;

/**
 * A bearer token an identity provider provisions people with. Only a hash of it is kept; the token itself is shown
 * once, when it is created.
 */
@Entity
@Table(name = "scim_token")
@NamedQuery(name = "ScimToken.byHash", query = "select t from ScimToken t where t.tokenHash = :hash")
@NamedQuery(name = "ScimToken.all", query = "select t from ScimToken t order by t.createdAt desc, t.id desc")
@Getter
public class ScimToken {

    @Id
    @SequenceGenerator(name = "scim_token_seq", sequenceName = "scim_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scim_token_seq")
    private Long id;

    @Size(max = 120, message = "{field.tooLong}")
    private String name;

    @Column(name = "token_hash")
    @Getter(AccessLevel.NONE)
    private String tokenHash;

    /** The first characters of the token, so people can tell tokens apart. */
    private String prefix;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at")
    private LocalDateTime createdAt = LocalDateTime.now(OrganisationZone.ZONE);

    /** When the token was last used, to the minute: an unused token is one to revoke. */
    @Column(name = "last_used_at")
    private LocalDateTime lastUsedAt;

    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    protected ScimToken() {}

    public ScimToken(String name, String tokenHash, String prefix, Long createdBy) {
        this.name = name;
        this.tokenHash = tokenHash;
        this.prefix = prefix;
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

    /** Notes a use; returns whether that changed the stored minute (so most calls write nothing). */
    public boolean used(LocalDateTime now) {
        LocalDateTime minute = now.withSecond(0).withNano(0);
        if (minute.equals(lastUsedAt)) {
            return false;
        }
        lastUsedAt = minute;
        return true;
    }
}
