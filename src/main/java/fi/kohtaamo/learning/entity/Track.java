package fi.kohtaamo.learning.entity;

import fi.kohtaamo.content.entity.Audience;
import fi.kohtaamo.platform.i18n.LocalizedHeading;
import fi.kohtaamo.platform.i18n.LocalizedText;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
import lombok.Getter;

/** An ordered set of modules, such as the supervisor coaching track, kept in step with content/tracks. */
@Entity
@Table(name = "learning_track")
@NamedQuery(name = "Track.all", query = "select t from Track t where t.active = true order by t.id")
@Getter
public class Track implements Serializable {

    @Id
    private String id;

    @Enumerated(EnumType.STRING)
    private Audience audience;

    @Embedded
    private LocalizedHeading heading;

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
            Audience audience, LocalizedText title, LocalizedText summary, List<String> moduleIds, String contentHash) {
        this.audience = audience;
        this.heading = new LocalizedHeading(title, summary);
        this.moduleIds.clear();
        this.moduleIds.addAll(moduleIds);
        this.contentHash = contentHash;
        this.active = true;
    }

    public List<String> getModuleIds() {
        return List.copyOf(moduleIds);
    }

    public void retire() {
        active = false;
    }
}
