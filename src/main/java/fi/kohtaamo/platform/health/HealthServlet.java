package fi.kohtaamo.platform.health;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * Answers {@code /health}, {@code /health/ready} and {@code /health/live} in the MicroProfile Health format, for load
 * balancers and Kubernetes probes. Payara Micro's own health endpoint is hidden when an application is deployed at the
 * root context, as Kohtaamo is, so the application serves its checks itself: 200 when all are UP, 503 otherwise.
 */
@WebServlet(urlPatterns = {"/health", "/health/*"})
public class HealthServlet extends HttpServlet {

    @Inject
    @Readiness
    Instance<HealthCheck> readiness;

    @Inject
    @Liveness
    Instance<HealthCheck> liveness;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String which = request.getPathInfo() == null ? "" : request.getPathInfo();
        JsonArrayBuilder checks = Json.createArrayBuilder();
        boolean up;
        switch (which) {
            case "", "/" -> up = run(readiness, checks) & run(liveness, checks);
            case "/ready" -> up = run(readiness, checks);
            case "/live" -> up = run(liveness, checks);
            default -> {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        }
        response.setStatus(up ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-store");
        Json.createWriter(response.getWriter())
                .writeObject(Json.createObjectBuilder()
                        .add("status", up ? "UP" : "DOWN")
                        .add("checks", checks)
                        .build());
    }

    private static boolean run(Instance<HealthCheck> checks, JsonArrayBuilder results) {
        boolean up = true;
        for (HealthCheck check : checks) {
            HealthCheckResponse result = check.call();
            results.add(Json.createObjectBuilder()
                    .add("name", result.getName())
                    .add("status", result.getStatus().name()));
            up &= result.getStatus() == HealthCheckResponse.Status.UP;
        }
        return up;
    }
}
