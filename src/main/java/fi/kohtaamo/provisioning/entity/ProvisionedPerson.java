package fi.kohtaamo.provisioning.entity;

import fi.kohtaamo.platform.config.OrganisationZone;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import lombok.Getter;
import lombok.Setter;

/**
 * What an identity provider knows a person by: its {@code userName} (often an e-mail address or a UPN, which a Kohtaamo
 * username cannot hold) and {@code externalId}. A person deleted over SCIM is only deactivated in Kohtaamo; its
 * resource is gone for the identity provider from then on.
 */
@Entity
@Table(name = "scim_person")
@NamedQuery(
        name = "ProvisionedPerson.byUserName",
        query = "select p from ProvisionedPerson p where lower(p.userName) = lower(:userName)")
@NamedQuery(
        name = "ProvisionedPerson.byExternalId",
        query = "select p from ProvisionedPerson p where p.externalId = :externalId and p.deletedAt is null")
@NamedQuery(name = "ProvisionedPerson.all", query = "select p from ProvisionedPerson p where p.deletedAt is null")
@Getter
public class ProvisionedPerson {

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Setter
    @Column(name = "user_name")
    private String userName;

    @Setter
    @Column(name = "external_id")
    private String externalId;

    @Column(name = "deleted_at")
    private LocalDateTime deletedAt;

    protected ProvisionedPerson() {}

    public ProvisionedPerson(Long personId, String userName, String externalId) {
        this.personId = personId;
        this.userName = userName;
        this.externalId = externalId;
    }

    public void delete() {
        if (deletedAt == null) {
            deletedAt = LocalDateTime.now(OrganisationZone.ZONE);
        }
    }

    /** Brings a deleted resource back, when the identity provider creates the same userName again. */
    public void restore() {
        deletedAt = null;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }
}
