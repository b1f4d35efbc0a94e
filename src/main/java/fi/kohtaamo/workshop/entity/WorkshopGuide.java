package fi.kohtaamo.workshop.entity;

import fi.kohtaamo.platform.i18n.LocalizedHeading;
import fi.kohtaamo.platform.i18n.LocalizedText;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import lombok.Getter;

/**
 * A facilitator guide as Kohtaamo knows it, kept in step with content/workshops on start; its text is read from the
 * content itself (see {@code Curriculum}).
 */
@Entity
@Table(name = "workshop_guide")
@NamedQuery(name = "WorkshopGuide.all", query = "select g from WorkshopGuide g where g.active = true order by g.id")
@Getter
public class WorkshopGuide implements Serializable {

    @Id
    private String id;

    @Embedded
    private LocalizedHeading heading;

    private int minutes;

    @Column(name = "content_hash")
    private String contentHash;

    private boolean active = true;

    protected WorkshopGuide() {}

    public WorkshopGuide(String id) {
        this.id = id;
    }

    public void describe(LocalizedText title, LocalizedText summary, int minutes, String hash) {
        this.heading = new LocalizedHeading(title, summary);
        this.minutes = minutes;
        this.contentHash = hash;
        this.active = true;
    }

    public void retire() {
        active = false;
    }
}
