package fi.kohtaamo.workshop.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Locale;

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

    @Column(name = "title_fi")
    private String titleFi;

    @Column(name = "title_en")
    private String titleEn;

    @Column(name = "summary_fi")
    private String summaryFi;

    @Column(name = "summary_en")
    private String summaryEn;

    private int minutes;

    @Column(name = "content_hash")
    private String contentHash;

    private boolean active = true;

    protected WorkshopGuide() {}

    public WorkshopGuide(String id) {
        this.id = id;
    }

    public void describe(String titleFi, String titleEn, String summaryFi, String summaryEn, int minutes, String hash) {
        this.titleFi = titleFi;
        this.titleEn = titleEn;
        this.summaryFi = summaryFi;
        this.summaryEn = summaryEn;
        this.minutes = minutes;
        this.contentHash = hash;
        this.active = true;
    }

    public String title(Locale locale) {
        return "fi".equals(locale.getLanguage()) ? titleFi : titleEn;
    }

    public String summary(Locale locale) {
        return "fi".equals(locale.getLanguage()) ? summaryFi : summaryEn;
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
