package fi.kohtaamo.workshop.entity;

import fi.kohtaamo.platform.i18n.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * A facilitator guide as Kohtaamo knows it, kept in step with content/workshops on start; its text is read from the
 * content itself (see {@code Curriculum}).
 */
@Entity
@Table(name = "workshop_guide")
@NamedQuery(name = "WorkshopGuide.all", query = "select g from WorkshopGuide g where g.active = true order by g.id")
public class WorkshopGuide implements Serializable {

    @Id
    private String id;

    @Embedded
    @AttributeOverride(name = "fi", column = @Column(name = "title_fi"))
    @AttributeOverride(name = "sv", column = @Column(name = "title_sv"))
    @AttributeOverride(name = "en", column = @Column(name = "title_en"))
    private LocalizedText title;

    @Embedded
    @AttributeOverride(name = "fi", column = @Column(name = "summary_fi"))
    @AttributeOverride(name = "sv", column = @Column(name = "summary_sv"))
    @AttributeOverride(name = "en", column = @Column(name = "summary_en"))
    private LocalizedText summary;

    private int minutes;

    @Column(name = "content_hash")
    private String contentHash;

    private boolean active = true;

    protected WorkshopGuide() {}

    public WorkshopGuide(String id) {
        this.id = id;
    }

    public void describe(LocalizedText title, LocalizedText summary, int minutes, String hash) {
        this.title = title;
        this.summary = summary;
        this.minutes = minutes;
        this.contentHash = hash;
        this.active = true;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public LocalizedText getSummary() {
        return summary;
    }

    public void retire() {
        active = false;
    }

    public String getId() {
        return id;
    }

    public int getMinutes() {
        return minutes;
    }

    public String getContentHash() {
        return contentHash;
    }

    public boolean isActive() {
        return active;
    }
}
