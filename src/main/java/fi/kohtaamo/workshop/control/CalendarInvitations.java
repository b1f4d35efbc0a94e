package fi.kohtaamo.workshop.control;

import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.platform.config.OrganisationZone;
import fi.kohtaamo.workshop.entity.WorkshopSession;
import java.net.URI;
import java.util.Collection;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * iCalendar (.ics) invitations for workshop sessions, made with ical4j. Every revision of a session keeps its UID and
 * raises its SEQUENCE, so a reschedule updates the one calendar event and a cancellation removes it.
 */
public final class CalendarInvitations {

    private CalendarInvitations() {}

    /**
     * The event as a REQUEST (new or changed) or a CANCEL (the session was cancelled, or these invitees were taken
     * off it).
     *
     * @param title what the calendar shows, e.g. the guide's title and the unit
     */
    public static String ics(
            WorkshopSession session, boolean cancelled, String title, String description, Collection<Person> invitees) {
        VEvent event = new VEvent(
                session.getStartsAt().atZone(OrganisationZone.ZONE).toInstant(),
                session.getEndsAt().atZone(OrganisationZone.ZONE).toInstant(),
                title);
        event.add(new Uid(session.getIcalUid()));
        event.add(new Sequence(session.getIcalSequence()));
        event.add(new Description(description));
        String where = session.getWhere();
        if (where != null) {
            event.add(new Location(where));
        }
        Person facilitator = session.getFacilitator();
        event.add(new Organizer(URI.create("mailto:" + facilitator.getEmail())).add(new Cn(facilitator.getFullName())));
        for (Person coFacilitator : session.getCoFacilitators()) {
            event.add(new Attendee(URI.create("mailto:" + coFacilitator.getEmail()))
                    .add(new Cn(coFacilitator.getFullName()))
                    .add(Role.CHAIR)
                    .add(PartStat.NEEDS_ACTION));
        }
        for (Person invitee : invitees) {
            if (session.getCoFacilitators().contains(invitee)) {
                continue;
            }
            event.add(new Attendee(URI.create("mailto:" + invitee.getEmail()))
                    .add(new Cn(invitee.getFullName()))
                    .add(Role.REQ_PARTICIPANT)
                    .add(PartStat.NEEDS_ACTION));
        }
        if (cancelled) {
            event.add(new Status(Status.VALUE_CANCELLED));
        }
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Kohtaamo//Workshops//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(cancelled ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
        calendar.add(event);
        return calendar.toString();
    }
}
