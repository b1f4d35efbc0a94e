package fi.kohtaamo.organisation.boundary;

import fi.kohtaamo.organisation.control.PeopleImportMapping;
import fi.kohtaamo.organisation.control.PeopleImportPlan;
import fi.kohtaamo.organisation.control.PeopleImportPlan.Mode;
import fi.kohtaamo.organisation.control.PeopleImportPlan.Problem;
import fi.kohtaamo.organisation.control.PeopleImports;
import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.platform.api.ApiKey;
import fi.kohtaamo.platform.api.ApiKeys;
import fi.kohtaamo.platform.imports.ImportFile;
import fi.kohtaamo.platform.web.ApiProblem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * {@code POST /api/v1/people/import?source=<name>&mode=full|partial[&scope=<unit code>]}: the HR system's nightly
 * export of people, as
 * the CSV or XLSX file itself in the body, with an API key for the people import in {@code Authorization: Bearer
 * <key>}. The columns are mapped as the source's last import on the page mapped them (or as the headers propose). The
 * answer is the counts of what changed; a file with any bad row changes nothing and is answered 422 with every bad row
 * (line, field, value, message) in problem details (RFC 9457). A full file deactivates the active people it leaves
 * out (not administrators): of the whole organisation, or with {@code scope} of that unit and the units below it.
 */
@Path("v1/people/import")
@RequestScoped
public class PeopleImportResource {

    @Inject
    ApiKeys apiKeys;

    @Inject
    PeopleImports imports;

    @Inject
    Units units;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
    public Response receive(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("source") String source,
            @QueryParam("mode") String modeText,
            @QueryParam("scope") String scope,
            InputStream body) {
        apiKeys.admit(authorization, ApiKey.Purpose.PEOPLE_IMPORT);
        if (source == null || source.isBlank() || source.strip().length() > 120) {
            return ApiProblem.of(
                            400, "Source required", "Name the HR system in ?source= (at most 120 characters).", null)
                    .build();
        }
        Mode mode;
        try {
            mode = Mode.valueOf(modeText == null ? "" : modeText.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return ApiProblem.of(
                            400,
                            "Mode required",
                            "Say ?mode=full (people the file leaves out are deactivated) or ?mode=partial.",
                            null)
                    .build();
        }
        if (scope != null && !scope.isBlank() && units.findByCode(scope.strip()).isEmpty()) {
            return ApiProblem.of(
                            400,
                            "Unknown scope",
                            "No unit has the code " + scope.strip() + "; leave ?scope= out for the whole organisation.",
                            null)
                    .build();
        }
        ResourceBundle english = PeopleImportPlan.english();
        PeopleImports.File file;
        try {
            file = PeopleImports.read(body == null ? InputStream.nullInputStream() : body);
        } catch (ImportFile.Unreadable e) {
            String reason = "import.unreadable." + e.reason();
            String detail = english.containsKey(reason)
                    ? java.text.MessageFormat.format(english.getString(reason), e.row())
                    : e.getMessage();
            return ApiProblem.of(400, "Unreadable file", detail, null).build();
        } catch (IOException e) {
            return ApiProblem.of(400, "Unreadable file", e.getMessage(), null).build();
        }
        PeopleImportMapping mapping = imports.mappingFor(source, file.headers());
        if (!mapping.missing().isEmpty()) {
            return ApiProblem.of(
                            422,
                            "Columns missing",
                            "No column holds: "
                                    + mapping.missing().stream()
                                            .map(field -> english.getString(field.key()))
                                            .collect(Collectors.joining(", "))
                                    + ". Name the columns as the page proposes, or import the file once on the page"
                                    + " to save its mapping for this source.",
                            null)
                    .build();
        }
        PeopleImportPlan plan = imports.apply(source.strip(), file.headers(), mapping, file.rows(), mode, scope);
        if (!plan.valid()) {
            JsonArrayBuilder errors = Json.createArrayBuilder();
            for (Problem problem : plan.problems()) {
                errors.add(Json.createObjectBuilder()
                        .add("line", problem.line())
                        .add("field", problem.field().name())
                        .add("value", problem.value())
                        .add("message", problem.message(english)));
            }
            return ApiProblem.of(
                            422,
                            "Invalid rows",
                            plan.problems().size() + " problem(s) in the file; nothing was changed.",
                            errors.build())
                    .build();
        }
        return Response.ok(Json.createObjectBuilder()
                        .add("source", source.strip())
                        .add("mode", mode.name().toLowerCase(Locale.ROOT))
                        .add("rows", file.rows().size())
                        .add("added", plan.additions().size())
                        .add("changed", plan.changes().size())
                        .add("moved", plan.moves().size())
                        .add("deactivated", plan.deactivations().size())
                        .add("unitsAdded", plan.units().size())
                        .add("unchanged", plan.unchanged())
                        .build()
                        .toString())
                .type(MediaType.APPLICATION_JSON)
                .build();
    }
}
