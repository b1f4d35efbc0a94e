package fi.kohtaamo.learning.entity;

import fi.kohtaamo.content.entity.Audience;
import fi.kohtaamo.platform.i18n.LocalizedHeading;
import fi.kohtaamo.platform.i18n.LocalizedText;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import lombok.Getter;
import lombok.Setter;

/** A training module as Kohtaamo knows it: the current version's details, kept in step with content/ on start. */
@Entity
@Table(name = "learning_module")
@NamedQuery(name = "TrainingModule.all", query = "select m from TrainingModule m where m.active = true order by m.id")
@Getter
public class TrainingModule implements Serializable {

    @Id
    private String id;

    @Enumerated(EnumType.STRING)
    private Audience audience;

    private int minutes;

    @Column(name = "pass_mark")
    private int passMark;

    @Embedded
    private LocalizedHeading heading;

    /** The six-factor ids this module strengthens, comma-separated. */
    private String factors = "";

    @ManyToOne
    @JoinColumn(name = "current_version_id")
    @Setter
    private ModuleVersion currentVersion;

    private boolean active = true;

    protected TrainingModule() {}

    public TrainingModule(String id) {
        this.id = id;
    }

    /** Takes the details of a newly synchronised version. */
    public void describe(
            Audience audience, int minutes, int passMark, LocalizedText title, LocalizedText summary, String factors) {
        this.audience = audience;
        this.minutes = minutes;
        this.passMark = passMark;
        this.heading = new LocalizedHeading(title, summary);
        this.factors = factors;
        this.active = true;
    }

    public void retire() {
        active = false;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TrainingModule module && id.equals(module.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
