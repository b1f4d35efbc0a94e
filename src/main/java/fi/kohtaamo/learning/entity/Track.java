package fi.kohtaamo.learning.entity;

import fi.kohtaamo.content.entity.Audience;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** An ordered set of modules, such as the supervisor coaching track, kept in step with content/tracks. */
@Entity
@Table(name = "learning_track")
@NamedQuery(name = "Track.all", query = "select t from Track t where t.active = true order by t.id")
public class Track implements Serializable {

    @Id
    private String id;

    @Enumerated(EnumType.STRING)
    private Audience audience;

    @Column(name = "title_fi")
    private String titleFi;

    @Column(name = "title_en")
    private String titleEn;

    @Column(name = "summary_fi")
    private String summaryFi;

    @Column(name = "summary_en")
    private String summaryEn;

    @Column(name = "content_hash")
    private String contentHash;

    private boolean active = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "track_module", joinColumns = @JoinColumn(name = "track_id"))
    @OrderColumn(name = "position")
    @Column(name = "module_id")
    private List<String> moduleIds = new ArrayList<>();

    protected Track() {}

    public Track(String id) {
        this.id = id;
    }

    public void describe(
            Audience audience,
            String titleFi,
            String titleEn,
            String summaryFi,
            String summaryEn,
            List<String> moduleIds,
            String contentHash) {
        this.audience = audience;
        this.titleFi = titleFi;
        this.titleEn = titleEn;
        this.summaryFi = summaryFi;
        this.summaryEn = summaryEn;
        this.moduleIds.clear();
        this.moduleIds.addAll(moduleIds);
        this.contentHash = contentHash;
        this.active = true;
    }

    public String title(Locale locale) {
        return "fi".equals(locale.getLanguage()) ? titleFi : titleEn;
    }

    public String summary(Locale locale) {
        return "fi".equals(locale.getLanguage()) ? summaryFi : summaryEn;
    }

    public String getId() {
        return id;
    }

    public Audience getAudience() {
        return audience;
    }

    public List<String> getModuleIds() {
        return List.copyOf(moduleIds);
    }

    public String getContentHash() {
        return contentHash;
    }

    public void retire() {
        active = false;
    }
}
