package fi.kohtaamo.workshop.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import lombok.Getter;

/**
 * A room that workshop sessions book: its name, where it is and how many it seats (both optional). A room is retired
 * rather than deleted, so that the sessions held in it keep naming it; a retired room is no longer offered.
 */
@Entity
@Table(name = "room")
@NamedQuery(name = "Room.all", query = "select r from Room r order by r.retired, lower(r.name)")
@NamedQuery(name = "Room.named", query = "select r from Room r where lower(r.name) = :name")
@Getter
public class Room implements Serializable {

    public static final int NAME_MAX = 120;
    public static final int LOCATION_MAX = 200;
    public static final int CAPACITY_MAX = 10_000;

    @Id
    @SequenceGenerator(name = "room_seq", sequenceName = "room_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "room_seq")
    private Long id;

    private String name;

    private String location;

    private Integer capacity;

    private boolean retired;

    @Version
    private long version;

    protected Room() {}

    public Room(String name, String location, Integer capacity) {
        describe(name, location, capacity);
    }

    /** Renames the room or changes where it is and how many it seats; the caller has checked the values. */
    public void describe(String name, String location, Integer capacity) {
        this.name = name.strip();
        this.location = location == null || location.isBlank() ? null : location.strip();
        this.capacity = capacity;
    }

    public void setRetired(boolean retired) {
        this.retired = retired;
    }

    /** The room as a session names it: its name, and where it is when known. */
    public String getLabel() {
        return location == null ? name : name + ", " + location;
    }
}
