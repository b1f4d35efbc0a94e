package fi.kohtaamo.workshop.boundary;

import fi.kohtaamo.content.entity.Factor;
import fi.kohtaamo.organisation.control.CurrentUser;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.platform.security.AccessDenied;
import fi.kohtaamo.platform.web.PublicAddress;
import fi.kohtaamo.workshop.control.PathMapDocument;
import fi.kohtaamo.workshop.control.PathMapProblem;
import fi.kohtaamo.workshop.control.PathMaps;
import fi.kohtaamo.workshop.control.SessionReport;
import fi.kohtaamo.workshop.entity.Commitment;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The customer-path maps of a workshop session as JSON for the facilitator's editor, and as files:
 *
 * <ul>
 *   <li>{@code GET ?session=<id>}: the session's maps; {@code POST ?session=<id>} with {@code {"name": ...}} starts one;
 *   <li>{@code PUT ?map=<id>} with {@code {"version": n, "name": ..., "lanes": [...], "touchpoints": [...]}} saves it
 *       (the autosave). A version that is not the map's current one answers 409 with the map as it now is in
 *       {@code current}: the first save wins and the later browser is told;
 *   <li>{@code POST ?map=<id>&commit=<touchpoint id>} with {@code {"what": ..., "factor": ...}} makes a team commitment
 *       from a bounce or a wait;
 *   <li>{@code GET ?map=<id>&format=svg|png}: the map drawn from its data; {@code GET ?session=<id>&format=pdf}: the
 *       session report with its maps.
 * </ul>
 *
 * Whoever may open the session may use its maps ({@link PathMaps}); anything else answers 404 (so that nobody learns
 * which sessions exist) and bad input 400 as problem details naming the field. Writes are refused from other sites'
 * pages, and must be sent as JSON, which a cross-site form cannot do.
 */
@WebServlet("/workshop/path-map")
public class PathMapServlet extends HttpServlet {

    static final String PROBLEM = "application/problem+json";
    static final int MAX_BODY = 256 * 1024;

    @Inject
    CurrentUser currentUser;

    @Inject
    PathMaps pathMaps;

    @Inject
    SessionReport reports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(request, response, () -> {
            Person viewer = viewer();
            String format = request.getParameter("format");
            PathMapTexts texts = texts(request, viewer);
            if (request.getParameter("map") != null) {
                PathMaps.Saved saved = pathMaps.find(viewer, id(request, "map"));
                String file = "path-map-" + saved.map().getId();
                if ("svg".equals(format)) {
                    file(
                            response,
                            "image/svg+xml; charset=utf-8",
                            file + ".svg",
                            texts.drawing(saved.map().getName(), saved.document())
                                    .svgDocument()
                                    .getBytes(StandardCharsets.UTF_8));
                } else if ("png".equals(format)) {
                    file(
                            response,
                            "image/png",
                            file + ".png",
                            texts.drawing(saved.map().getName(), saved.document())
                                    .png());
                } else {
                    json(response, 200, map(saved).build());
                }
                return;
            }
            Long sessionId = id(request, "session");
            if ("pdf".equals(format)) {
                file(
                        response,
                        "application/pdf",
                        "workshop-session-" + sessionId + ".pdf",
                        reports.pdf(viewer, sessionId, texts.bundle(), texts.locale(), texts.labels()));
                return;
            }
            JsonArrayBuilder maps = Json.createArrayBuilder();
            pathMaps.of(viewer, sessionId).forEach(m -> maps.add(map(m)));
            json(response, 200, Json.createObjectBuilder().add("maps", maps).build());
        });
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(request, response, () -> {
            Person viewer = viewer();
            JsonObject body = body(request);
            PathMapTexts texts = texts(request, viewer);
            if (request.getParameter("map") != null) {
                Factor factor = factor(body);
                PathMaps.Saved saved = pathMaps.commit(
                        viewer,
                        id(request, "map"),
                        request.getParameter("commit"),
                        body.get("what") instanceof JsonString s ? s.getString() : null,
                        factor);
                json(response, 200, map(saved).build());
                return;
            }
            PathMaps.Saved created = pathMaps.create(
                    viewer,
                    id(request, "session"),
                    body.get("name") instanceof JsonString s ? s.getString() : null,
                    PathMapDocument.start(texts.text("pathMap.customerLane"), texts.text("pathMap.teamLane")));
            json(response, 201, map(created).build());
        });
    }

    @Override
    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(request, response, () -> {
            Person viewer = viewer();
            JsonObject body = body(request);
            if (!(body.get("version") instanceof JsonNumber version)) {
                throw new PathMapProblem("version", "pathMap.versionRequired");
            }
            PathMapDocument document = PathMapDocument.from(body);
            PathMaps.Saved saved = pathMaps.save(
                    viewer,
                    id(request, "map"),
                    version.longValue(),
                    body.get("name") instanceof JsonString s ? s.getString() : null,
                    document);
            json(response, 200, map(saved).build());
        });
    }

    private interface Work {
        void run() throws IOException;
    }

    private void answer(HttpServletRequest request, HttpServletResponse response, Work work) throws IOException {
        response.setHeader("Cache-Control", "private, no-store");
        if (!"GET".equals(request.getMethod())) {
            if (!PublicAddress.sameOrigin(request)) {
                problem(response, 403, "Forbidden", "Sent from another site's page.", null, null);
                return;
            }
            String type = request.getContentType();
            if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
                problem(response, 415, "Unsupported Media Type", "Send the body as application/json.", null, null);
                return;
            }
        }
        try {
            work.run();
        } catch (AccessDenied | NumberFormatException e) {
            problem(response, 404, "Not Found", "No such session or map.", null, null);
        } catch (PathMaps.Conflict conflict) {
            problem(
                    response,
                    409,
                    "Conflict",
                    texts(request, viewer()).text("pathMap.conflict"),
                    null,
                    map(conflict.current()).build());
        } catch (PathMapProblem problem) {
            String message = texts(request, viewer()).problem(problem);
            problem(
                    response,
                    400,
                    "Invalid map",
                    message,
                    Json.createArrayBuilder()
                            .add(Json.createObjectBuilder()
                                    .add("field", problem.field())
                                    .add("message", message))
                            .build(),
                    null);
        }
    }

    private JsonObjectBuilder map(PathMaps.Saved saved) {
        JsonObjectBuilder json = saved.document()
                .toJson()
                .add("id", saved.map().getId())
                .add("name", saved.map().getName())
                .add("version", saved.map().getVersion());
        JsonObjectBuilder commitments = Json.createObjectBuilder();
        saved.document().touchpoints().stream()
                .filter(t -> t.commitmentId() != null)
                .forEach(t -> pathMaps.commitment(t.commitmentId())
                        .map(Commitment::getWhat)
                        .ifPresent(what -> commitments.add(String.valueOf(t.commitmentId()), what)));
        return json.add("commitments", commitments);
    }

    private Person viewer() {
        return currentUser.person().orElseThrow(() -> new AccessDenied("Not signed in"));
    }

    private static Long id(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        if (value == null) {
            throw new AccessDenied("No " + name);
        }
        return Long.valueOf(value.strip());
    }

    private static Factor factor(JsonObject body) {
        if (!(body.get("factor") instanceof JsonString s) || s.getString().isBlank()) {
            return null;
        }
        try {
            return Factor.of(s.getString());
        } catch (IllegalArgumentException e) {
            throw new PathMapProblem("factor", "pathMap.unknownFactor");
        }
    }

    private static JsonObject body(HttpServletRequest request) throws IOException {
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                throw new PathMapProblem("map", "pathMap.tooLarge");
            }
            try (var reader = Json.createReader(new StringReader(new String(bytes, StandardCharsets.UTF_8)))) {
                return reader.readObject();
            } catch (RuntimeException e) {
                throw new PathMapProblem("map", "pathMap.unreadable");
            }
        }
    }

    /** The reader's language: the language switch's cookie, the browser's languages, their preferred one, English. */
    private PathMapTexts texts(HttpServletRequest request, Person viewer) {
        Optional<String> switched = Arrays.stream(
                        Optional.ofNullable(request.getCookies()).orElse(new Cookie[0]))
                .filter(c -> c.getName().equals("kohtaamo-lang"))
                .map(Cookie::getValue)
                .findFirst();
        List<Locale> requested = Collections.list(request.getLocales());
        String tag = switched.orElseGet(() -> requested.stream()
                .map(Locale::getLanguage)
                .filter(fi.kohtaamo.platform.i18n.Language.SUPPORTED::contains)
                .findFirst()
                .orElse(viewer.getPreferredLanguage()));
        return PathMapTexts.in(tag);
    }

    private static void json(HttpServletResponse response, int status, JsonObject body) throws IOException {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/json; charset=utf-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private static void file(HttpServletResponse response, String type, String name, byte[] bytes) throws IOException {
        response.setContentType(type);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private static void problem(
            HttpServletResponse response,
            int status,
            String title,
            String detail,
            jakarta.json.JsonArray errors,
            JsonObject current)
            throws IOException {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status)
                .add("detail", detail);
        if (errors != null) {
            json.add("errors", errors);
        }
        if (current != null) {
            json.add("current", current);
        }
        byte[] bytes = json.build().toString().getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(PROBLEM);
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
