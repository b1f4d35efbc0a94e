package fi.kohtaamo.platform.security;

/**
 * Thrown when a signed-in person asks for something outside what they may see, such as another unit's people. The
 * web layer answers it with the friendly 403 page ({@code AccessDeniedFilter} and {@code web.xml}).
 */
public class AccessDenied extends RuntimeException {

    public AccessDenied(String message) {
        super(message);
    }
}
