package fi.kohtaamo.platform.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Sign-in through Kohtaamo's own page ({@code /login}), which calls {@code SecurityContext.authenticate}. Who may open
 * which page is declared in {@code web.xml}, where everything not listed there is denied.
 */
@ApplicationScoped
@DeclareRoles({"EMPLOYEE", "SUPERVISOR", "HR", "ADMIN"})
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login", errorPage = "", useForwardToLogin = false))
public class SecurityConfiguration {}
