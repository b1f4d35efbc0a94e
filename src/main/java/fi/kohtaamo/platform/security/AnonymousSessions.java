package fi.kohtaamo.platform.security;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Duration;

/**
 * Sessions nobody has signed in to end after five idle minutes instead of the signed-in 30; signing in gives the
 * session the configured timeout ({@link #signedIn}).
 *
 * <p>Kohtaamo opens a session only when somebody signs in: the pages a visitor reaches without signing in (the
 * sign-in page, the customer survey, the error pages) keep no view state, and their script nonce stays out of the
 * session (PageNonces), so a flood of strangers' requests holds no memory (WebSecurityIT checks that they answer
 * without a session cookie). This is the safety net should a library, or a page added later, open a session anyway:
 * it then holds memory for five minutes, not half an hour.
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
}
