package fi.kohtaamo.provisioning.boundary;

import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.exceptions.UnauthorizedException;
import fi.kohtaamo.provisioning.control.ScimTokens;
import fi.kohtaamo.provisioning.entity.ScimToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every SCIM call passes first: an active provisioning token in {@code Authorization: Bearer <token>} (the
 * scheme's name in any case, RFC 9110). A browser session counts for nothing here. The resources call it themselves
 * rather than leaving it to a filter, because the {@code /api} application, which lists no classes, finds them too:
 * there they answer 404.
 */
@ApplicationScoped
public class ScimGate {

    private static final Pattern BEARER = Pattern.compile("(?i)bearer +(\\S+) *");

    @Inject
    ScimTokens tokens;

    /**
     * Who makes the call, as the audit log names it ("SCIM token 'Entra ID'").
     *
     * @throws ScimException 401 without a valid token
     * @throws NotFoundException outside {@code /scim/v2}
     */
    public String admit(String authorization, UriInfo uri) throws ScimException {
        if (!uri.getBaseUri().getPath().endsWith("/scim/v2/")) {
            // Found by the /api application: its own mappers answer this with its 404 problem details.
            throw new NotFoundException();
        }
        Optional<ScimToken> token = Optional.ofNullable(authorization)
                .map(BEARER::matcher)
                .filter(Matcher::matches)
                .flatMap(m -> tokens.authenticate(m.group(1)));
        if (token.isEmpty()) {
            throw new UnauthorizedException(
                    "Send a provisioning token from Kohtaamo's administration as 'Authorization: Bearer <token>'.");
        }
        return "SCIM token '" + token.get().getName() + "'";
    }

    /** The SCIM base address of the call, without a trailing slash. */
    public static String base(UriInfo uri) {
        String base = uri.getBaseUri().toString();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
