package fi.kohtaamo.platform.security;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Duration;

/**
 * Sessions nobody has signed in to end after five idle minutes instead of the signed-in 30: every page opens one
 * (PrimeFaces keeps a page's script nonce in its view map), so the sign-in page after each sign-out, and every
 * stranger's or crawler's visit, would otherwise hold memory for half an hour. Signing in gives the session the
 * configured timeout ({@link #signedIn}); the customer survey keeps its visitor's session as long ({@link #answering}).
 * The sign-in page keeps no view state, so it still works when its session has ended.
 */
@WebListener
public class AnonymousSessions implements HttpSessionListener {

    static final Duration IDLE = Duration.ofMinutes(5);

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval((int) IDLE.toSeconds());
    }

    /** Gives a session the timeout web.xml configures for signed-in people. */
    public static void signedIn(HttpSession session) {
        session.setMaxInactiveInterval(session.getServletContext().getSessionTimeout() * 60);
    }

    /** A customer answering a survey may take as long as a signed-in person between clicks. */
    public static void answering(HttpSession session) {
        signedIn(session);
    }
}
