package fi.kohtaamo.organisation.entity;

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

/** A source of people files (an HR system's export) and the column mapping its files were last imported with. */
@Entity
@Table(name = "people_import_source")
@NamedQuery(name = "PeopleImportSource.byName", query = "select s from PeopleImportSource s where s.name = :name")
@NamedQuery(name = "PeopleImportSource.all", query = "select s from PeopleImportSource s order by s.name")
@Getter
public class PeopleImportSource {

    @Id
    @SequenceGenerator(
            name = "people_import_source_seq",
            sequenceName = "people_import_source_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "people_import_source_seq")
    private Long id;

    @Size(max = 120, message = "{field.tooLong}")
    private String name;

    @Column(name = "column_mapping")
    private String columnMapping;

    @Column(name = "updated_at")
    private LocalDateTime updatedAt = LocalDateTime.now(OrganisationZone.ZONE);

    protected PeopleImportSource() {}

    public PeopleImportSource(String name, String columnMapping) {
        this.name = name;
        this.columnMapping = columnMapping;
    }

    /** The same source's newer mapping replaces the old one. */
    public void replace(String columnMapping) {
        this.columnMapping = columnMapping;
        this.updatedAt = LocalDateTime.now(OrganisationZone.ZONE);
    }
}
