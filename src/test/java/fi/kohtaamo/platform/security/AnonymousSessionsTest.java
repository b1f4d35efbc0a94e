package fi.kohtaamo.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Idle limits: five minutes for a session nobody signed in to, web.xml's timeout once somebody does. */
class AnonymousSessionsTest {

    private final AtomicInteger idleSeconds = new AtomicInteger(-1);

    private final ServletContext context = (ServletContext) Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {ServletContext.class}, (proxy, method, args) -> {
                if (method.getName().equals("getSessionTimeout")) {
                    return 30;
                }
                throw new UnsupportedOperationException(method.getName());
            });

    private final HttpSession session = (HttpSession) Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {HttpSession.class}, (proxy, method, args) -> {
                switch (method.getName()) {
                    case "setMaxInactiveInterval" -> idleSeconds.set((Integer) args[0]);
                    case "getServletContext" -> {
                        return context;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                }
                return null;
            });

    @Test
    void aNewSessionEndsAfterFiveIdleMinutes() {
        new AnonymousSessions().sessionCreated(new HttpSessionEvent(session));

        assertThat(idleSeconds).hasValue(300);
    }

    @Test
    void signingInGivesTheConfiguredTimeout() {
        new AnonymousSessions().sessionCreated(new HttpSessionEvent(session));
        AnonymousSessions.signedIn(session);
        assertThat(idleSeconds).hasValue(30 * 60);
    }
}
