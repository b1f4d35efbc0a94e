package fi.kohtaamo.platform.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * {@code /openapi}: the API's OpenAPI document, {@code META-INF/openapi.yaml} (MicroProfile OpenAPI's static model
 * file). Kohtaamo serves it itself because, deployed at the root context, it hides Payara's own {@code /openapi}
 * endpoint, as it does {@code /health}. Open to everyone, like the API's description should be.
 */
@WebServlet("/openapi")
public class OpenApiServlet extends HttpServlet {

    static final String DOCUMENT = "META-INF/openapi.yaml";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/yaml");
        response.setCharacterEncoding("UTF-8");
        try (InputStream document = OpenApiServlet.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
            if (document == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            document.transferTo(response.getOutputStream());
        }
    }
}
