package fi.kohtaamo.organisation.control;

import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Role;
import fi.kohtaamo.platform.security.OpenIdSettings;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * How an OpenID provider's claims name a Kohtaamo person and give them roles, as {@link OpenIdSettings} configures it.
 * Plain functions of the claims, so that each rule can be tested without a provider.
 *
 * <p>A claim is named by its name ({@code email}) or by a dotted path into nested claims ({@code realm_access.roles},
 * where Keycloak puts realm roles). A roles claim may hold one text or a list of them.
 */
public final class ClaimMapping {

    private ClaimMapping() {}

    /**
     * The value that names the person: the configured claim's text, without surrounding space and in lower case (both
     * emails and usernames are compared so); nothing when the claim is missing, empty or not a text.
     */
    public static Optional<String> identity(Map<String, Object> claims, OpenIdSettings settings) {
        return text(claims, settings.personClaim()).map(value -> value.toLowerCase(Locale.ROOT));
    }

    /**
     * The roles the provider decides, each with whether the person has it: HR when {@code KOHTAAMO_OIDC_HR_VALUES} is
     * set, ADMIN when {@code KOHTAAMO_OIDC_ADMIN_VALUES} is; a role whose values are not set is not in the map, and
     * stays as Kohtaamo has it. Values are compared exactly (Entra's group ids and role names are case-sensitive).
     */
    public static Map<Role, Boolean> providerRoles(Map<String, Object> claims, OpenIdSettings settings) {
        Set<String> values = values(claims, settings.rolesClaim());
        Map<Role, Boolean> roles = new EnumMap<>(Role.class);
        if (!settings.hrValues().isEmpty()) {
            roles.put(Role.HR, values.stream().anyMatch(settings.hrValues()::contains));
        }
        if (!settings.adminValues().isEmpty()) {
            roles.put(Role.ADMIN, values.stream().anyMatch(settings.adminValues()::contains));
        }
        return roles;
    }

    /** Gives and takes away the provider's roles; whether the person's roles changed. */
    public static boolean apply(Map<Role, Boolean> roles, Person person) {
        boolean changed = false;
        for (Map.Entry<Role, Boolean> role : roles.entrySet()) {
            changed |= role.getValue()
                    ? person.getRoles().add(role.getKey())
                    : person.getRoles().remove(role.getKey());
        }
        return changed;
    }

    /**
     * A username for a new person, made of the part of {@code wanted} before any {@code @} with every character a
     * username may not hold turned into {@code -}; when that is taken, with {@code -2}, {@code -3}… after it.
     */
    public static String username(String wanted, Predicate<String> taken) {
        String base = wanted.toLowerCase(Locale.ROOT);
        int at = base.indexOf('@');
        if (at > 0) {
            base = base.substring(0, at);
        }
        base = base.replaceAll("[^a-z0-9._-]", "-");
        if (base.length() > 70) {
            base = base.substring(0, 70);
        }
        while (base.length() < 3) {
            base += "-";
        }
        String candidate = base;
        for (int n = 2; taken.test(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    /** A claim's text (by name or dotted path), stripped; nothing when missing, blank or not a text. */
    public static Optional<String> text(Map<String, Object> claims, String name) {
        return claim(claims, name)
                .filter(String.class::isInstance)
                .map(value -> ((String) value).strip())
                .filter(value -> !value.isEmpty());
    }

    /** A claim's texts: one text, or the texts in a list; none when missing. */
    static Set<String> values(Map<String, Object> claims, String name) {
        Set<String> values = new LinkedHashSet<>();
        claim(claims, name).ifPresent(value -> {
            if (value instanceof String text) {
                values.add(text);
            } else if (value instanceof Collection<?> list) {
                list.stream()
                        .filter(String.class::isInstance)
                        .map(String.class::cast)
                        .forEach(values::add);
            }
        });
        return values;
    }

    private static Optional<Object> claim(Map<String, Object> claims, String name) {
        if (claims.containsKey(name)) {
            return Optional.ofNullable(claims.get(name));
        }
        Object value = claims;
        for (String part : name.split("\\.")) {
            if (!(value instanceof Map<?, ?> map)) {
                return Optional.empty();
            }
            value = map.get(part);
        }
        return Optional.ofNullable(value);
    }
}
