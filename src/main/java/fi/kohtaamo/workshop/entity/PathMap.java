package fi.kohtaamo.workshop.entity;

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
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDateTime;
import lombok.Getter;

/**
 * One customer-path map of a workshop session, such as "Today's path" or "The path we want". Its content is the map as
 * JSON ({@code fi.kohtaamo.workshop.control.PathMapDocument} reads and checks it); its version is what an editor must
 * name to change it, so that of two browsers the first save wins and the other is told.
 */
@Entity
@Table(name = "path_map")
@NamedQuery(
        name = "PathMap.ofSession",
        query = "select m from PathMap m where m.session.id = :session order by m.position, m.id")
@Getter
public class PathMap implements Serializable {

    @Id
    @SequenceGenerator(name = "path_map_seq", sequenceName = "path_map_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "path_map_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "session_id")
    private WorkshopSession session;

    @Column(name = "sort_order")
    private int position;

    private String name;

    private String content;

    @Column(name = "created_at")
    private LocalDateTime createdAt = LocalDateTime.now(OrganisationZone.ZONE);

    @Column(name = "updated_at")
    private LocalDateTime updatedAt = LocalDateTime.now(OrganisationZone.ZONE);

    @Version
    private long version;

    protected PathMap() {}

    public PathMap(WorkshopSession session, int position, String name, String content) {
        this.session = session;
        this.position = position;
        this.name = name;
        this.content = content;
    }

    /** Replaces the name and the content (already checked). */
    public void change(String name, String content) {
        this.name = name;
        this.content = content;
        this.updatedAt = LocalDateTime.now(OrganisationZone.ZONE);
    }
}
