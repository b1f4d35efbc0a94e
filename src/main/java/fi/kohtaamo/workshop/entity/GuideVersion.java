package fi.kohtaamo.workshop.entity;

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
 * One version of a facilitator guide: the exact files it was made of (as JSON), kept from migration V26 on, so that HR
 * can read what changed between two versions. Numbered from 1 per guide, as module versions are.
 */
@Entity
@Table(name = "guide_version")
@NamedQuery(
        name = "GuideVersion.ofGuide",
        query = "select v from GuideVersion v where v.guide.id = :guide order by v.number desc")
@NamedQuery(name = "GuideVersion.all", query = "select v from GuideVersion v order by v.guide.id, v.number desc")
@Getter
public class GuideVersion implements Serializable {

    @Id
    @SequenceGenerator(name = "guide_version_seq", sequenceName = "guide_version_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "guide_version_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "guide_id")
    private WorkshopGuide guide;

    private int number;

    private String label;

    @Column(name = "content_hash")
    private String contentHash;

    /** The guide's files as a JSON object of relative path to text. */
    private String content;

    /** When the version arrived, in the organisation's zone. */
    @Column(name = "created_at")
    private LocalDateTime createdAt;

    protected GuideVersion() {}

    public GuideVersion(
            WorkshopGuide guide, int number, String label, String contentHash, String content, LocalDateTime at) {
        this.guide = guide;
        this.number = number;
        this.label = label;
        this.contentHash = contentHash;
        this.content = content;
        this.createdAt = at;
    }
}
