package fi.kohtaamo.learning.entity;

import fi.kohtaamo.platform.config.OrganisationZone;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import lombok.Getter;

/**
 * One version of a module: the exact files it was made of (as JSON), so that a learner who started it, or earned a
 * completion on it, keeps seeing and being credited for what they actually took.
 */
@Entity
@Table(name = "module_version")
@NamedQuery(
        name = "ModuleVersion.ofModule",
        query = "select v from ModuleVersion v where v.module.id = :module order by v.number desc")
@Getter
public class ModuleVersion implements Serializable {

    @Id
    @SequenceGenerator(name = "module_version_seq", sequenceName = "module_version_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "module_version_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "module_id")
    private TrainingModule module;

    private int number;

    private String label;

    @Column(name = "content_hash")
    private String contentHash;

    /** The module's files as a JSON object of relative path to text. */
    private String content;

    @Column(name = "created_at")
    private LocalDateTime createdAt = LocalDateTime.now(OrganisationZone.ZONE);

    protected ModuleVersion() {}

    public ModuleVersion(TrainingModule module, int number, String label, String contentHash, String content) {
        this.module = module;
        this.number = number;
        this.label = label;
        this.contentHash = contentHash;
        this.content = content;
    }

    /** The major number of the author's label ({@code 2} of {@code 2.1}); 0 for a label that has none. */
    public int getMajor() {
        return part(label, 0);
    }

    /** The minor number of the author's label ({@code 1} of {@code 2.1}); 0 for a label that has none. */
    public int getMinor() {
        return part(label, 1);
    }

    /** One number of a {@code MAJOR.MINOR} label, 0 where there is none. */
    public static int part(String label, int index) {
        String[] parts = label == null ? new String[0] : label.split("\\.");
        try {
            return index < parts.length ? Integer.parseInt(parts[index].strip()) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
