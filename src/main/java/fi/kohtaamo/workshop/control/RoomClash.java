package fi.kohtaamo.workshop.control;

import fi.kohtaamo.workshop.entity.WorkshopSession;

/**
 * A session that would book a room another session (not cancelled) has at an overlapping time, without the clash
 * having been accepted: the form names the other session and its time on the room field and asks to save anyway.
 */
public class RoomClash extends WorkshopProblem {

    private final transient WorkshopSession other;

    public RoomClash(WorkshopSession other) {
        super("room", "room.clash");
        this.other = other;
    }

    /** The first session (by start time) that has the room at an overlapping time. */
    public WorkshopSession other() {
        return other;
    }
}
