package fi.kohtaamo.workshop.boundary;

import fi.kohtaamo.organisation.control.CurrentUser;
import fi.kohtaamo.platform.i18n.Language;
import fi.kohtaamo.workshop.control.Rooms;
import fi.kohtaamo.workshop.control.WorkshopProblem;
import fi.kohtaamo.workshop.entity.Room;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.omnifaces.util.Messages;

/**
 * HR's and administrators' list of rooms for workshops: add one, rename it or change its location or capacity, and
 * retire it (or bring it back). Rooms are never deleted, so that the sessions held in them keep naming them.
 */
@Named
@ViewScoped
public class RoomsBean implements Serializable {

    @Inject
    CurrentUser currentUser;

    @Inject
    Rooms rooms;

    @Inject
    Language language;

    @Getter
    private List<Room> all = List.of();

    /** The room being changed, or null when the form adds one. */
    @Getter
    private Long editingId;

    @Getter
    @Setter
    private String name;

    @Getter
    @Setter
    private String location;

    @Getter
    @Setter
    private Integer capacity;

    public void load() {
        all = rooms.all();
    }

    /** Puts a room into the form to be changed. */
    public void edit(Room room) {
        editingId = room.getId();
        name = room.getName();
        location = room.getLocation();
        capacity = room.getCapacity();
    }

    public void save() {
        try {
            if (editingId == null) {
                rooms.add(currentUser.getPerson(), name, location, capacity);
                Messages.addGlobalInfo(language.text("room.added", name.strip()));
            } else {
                rooms.rename(currentUser.getPerson(), editingId, name, location, capacity);
                Messages.addGlobalInfo(language.text("room.changed", name.strip()));
            }
            clear();
            load();
        } catch (WorkshopProblem problem) {
            FacesContext.getCurrentInstance().validationFailed();
            Messages.addError("room:" + problem.field(), language.text(problem.messageKey()));
        }
    }

    public void clear() {
        editingId = null;
        name = null;
        location = null;
        capacity = null;
    }

    public void retire(Room room, boolean retired) {
        rooms.retire(currentUser.getPerson(), room.getId(), retired);
        Messages.addGlobalInfo(language.text(retired ? "room.retired" : "room.restored", room.getName()));
        load();
    }
}
