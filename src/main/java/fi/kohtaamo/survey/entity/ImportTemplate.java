package fi.kohtaamo.survey.entity;

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
import lombok.Getter;

/** A saved column mapping for one source of files (a survey tool's export), applied to its next files by name. */
@Entity
@Table(name = "import_template")
@NamedQuery(name = "ImportTemplate.all", query = "select t from ImportTemplate t order by t.createdAt desc")
@NamedQuery(name = "ImportTemplate.byName", query = "select t from ImportTemplate t where t.name = :name")
@Getter
public class ImportTemplate {

    @Id
    @SequenceGenerator(name = "import_template_seq", sequenceName = "import_template_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_template_seq")
    private Long id;

    @Size(max = 120, message = "{field.tooLong}")
    private String name;

    @Column(name = "column_mapping")
    private String columnMapping;

    @Column(name = "created_at")
    private LocalDateTime createdAt = LocalDateTime.now(OrganisationZone.ZONE);

    protected ImportTemplate() {}

    public ImportTemplate(String name, String columnMapping) {
        this.name = name;
        this.columnMapping = columnMapping;
    }

    /** The same source's newer mapping replaces the old one. */
    public void replace(String columnMapping) {
        this.columnMapping = columnMapping;
        this.createdAt = LocalDateTime.now(OrganisationZone.ZONE);
    }
}
