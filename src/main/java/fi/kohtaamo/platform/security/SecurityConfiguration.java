package fi.kohtaamo.platform.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Kohtaamo's roles. Sign-in goes through Kohtaamo's own page ({@code /login}, see {@code organisation.boundary.SignInMechanism}),
 * with a password or with the organisation's OpenID provider ({@link OpenIdSettings}); who may open which page is
 * declared in {@code web.xml}, where everything not listed there is denied.
 */
@ApplicationScoped
@DeclareRoles({"EMPLOYEE", "SUPERVISOR", "HR", "ADMIN"})
public class SecurityConfiguration {}
