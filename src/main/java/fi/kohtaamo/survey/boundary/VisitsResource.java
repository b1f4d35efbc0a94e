package fi.kohtaamo.survey.boundary;

import fi.kohtaamo.platform.api.ApiKey;
import fi.kohtaamo.platform.web.ApiProblem;
import fi.kohtaamo.survey.control.Invitations;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.ResourceBundle;

/**
 * {@code POST /api/v1/visits}: a till, booking or ticketing system registers customers' visits (one object or an
 * array), with an API key scoped to the units. Each customer is invited by mail to the unit's survey after the unit's
 * delay, once; the address is erased when the invitation goes. All visits of a call are registered, or none.
 *
 * <pre>{"unit": "HKI-KAMPPI", "visitedAt": "2026-11-22T14:05:00+02:00", "email": "asiakas@example.com",
 *  "language": "fi", "visitId": "till-991"}</pre>
 */
@Path("v1/visits")
@RequestScoped
public class VisitsResource {

    @Inject
    ApiGate gate;

    @Inject
    Invitations invitations;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
    public Response register(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String body) {
        ApiKey key = gate.admit(authorization);
        List<Invitations.Visit> visits = ApiGate.objects(body, "visit").stream()
                .map(item -> new Invitations.Visit(
                        ApiGate.text(item, "unit"),
                        ApiGate.time(ApiGate.text(item, "visitedAt")),
                        ApiGate.text(item, "email"),
                        ApiGate.text(item, "language"),
                        ApiGate.text(item, "visitId")))
                .toList();
        try {
            Invitations.Registered registered = invitations.register(visits, key.getUnitIds());
            return ApiGate.stored("registered", registered.registered(), registered.duplicates());
        } catch (Invitations.Invalid e) {
            ResourceBundle english =
                    ResourceBundle.getBundle(fi.kohtaamo.platform.i18n.Language.BUNDLE, java.util.Locale.ROOT);
            JsonArrayBuilder errors = Json.createArrayBuilder();
            e.problems()
                    .forEach(p -> errors.add(Json.createObjectBuilder()
                            .add("index", p.index())
                            .add("field", p.field())
                            .add("message", english.getString("invitation.problem." + p.code()))));
            return ApiProblem.of(
                            400,
                            "Invalid visits",
                            e.problems().size() + " problem(s); nothing was registered.",
                            errors.build())
                    .build();
        }
    }
}
