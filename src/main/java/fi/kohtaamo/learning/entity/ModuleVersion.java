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
}
