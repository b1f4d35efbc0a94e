package fi.kohtaamo.workshop.boundary;

import fi.kohtaamo.notification.control.CalendarLines;
import fi.kohtaamo.organisation.control.CurrentUser;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.workshop.control.Sessions;
import fi.kohtaamo.workshop.entity.WorkshopSession;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * {@code GET /workshop/calendar?session=<id>}: a workshop the signed-in person is invited to as an iCalendar file
 * ({@code text/calendar}), for the "Add to calendar" link of their home page. Its UID is the one of the invitation
 * mail, so a calendar that has the invitation keeps one event. Any session they are not invited to, cancelled or held
 * ones, and ids that are not numbers all answer 404, so that nobody learns which sessions exist. web.xml lets only
 * signed-in people reach it.
 */
@WebServlet("/workshop/calendar")
public class CalendarServlet extends HttpServlet {

    static final String CONTENT_TYPE = "text/calendar; charset=utf-8";

    @Inject
    CurrentUser currentUser;

    @Inject
    Sessions sessions;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Person> person = currentUser.person();
        Optional<WorkshopSession> session =
                person.flatMap(p -> sessions.invitedTo(p, id(request.getParameter("session"))));
        if (session.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] body = CalendarLines.fold(sessions.calendarFor(person.get(), session.get()))
                .getBytes(StandardCharsets.UTF_8);
        response.setContentType(CONTENT_TYPE);
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"workshop-" + session.get().getId() + ".ics\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static Long id(String parameter) {
        try {
            return parameter == null ? null : Long.valueOf(parameter.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
