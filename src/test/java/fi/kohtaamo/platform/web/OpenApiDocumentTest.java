package fi.kohtaamo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The OpenAPI document served at /openapi describes every REST resource the application has. */
class OpenApiDocumentTest {

    @Test
    void everyResourcePathIsDocumented() throws Exception {
        String document;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(OpenApiServlet.DOCUMENT)) {
            document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String root = RestApplication.class.getAnnotation(ApplicationPath.class).value();

        List<String> paths = resourcePaths();

        assertThat(paths).as("resources found").isNotEmpty();
        for (String path : paths) {
            assertThat(document).contains("  /" + root + "/" + path + ":");
        }
        assertThat(document).startsWith("openapi: 3.0.3").contains("scheme: bearer");
    }

    @Test
    void theLimitsTheApiEnforcesAreDocumented() throws Exception {
        String document;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(OpenApiServlet.DOCUMENT)) {
            document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(document)
                .contains("at most " + ApiProblem.MAX_ITEMS + " items and " + ApiProblem.MAX_BODY_BYTES / (1024 * 1024)
                        + " MB")
                .contains(String.format(java.util.Locale.ROOT, "%,d bytes", ApiProblem.MAX_BODY_BYTES))
                .contains("nest at most " + ApiProblem.MAX_JSON_DEPTH + " levels")
                .contains("maxItems: " + ApiProblem.MAX_ITEMS)
                .contains("\"413\":\n          $ref: \"#/components/responses/TooLarge\"")
                .contains("\"415\":\n          $ref: \"#/components/responses/UnsupportedType\"");
    }

    private static List<String> resourcePaths() throws IOException, ClassNotFoundException {
        java.nio.file.Path classes = java.nio.file.Path.of("target/classes");
        List<String> paths = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            for (java.nio.file.Path file :
                    files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name =
                        classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, OpenApiDocumentTest.class.getClassLoader());
                // SCIM's resources belong to their own application under /scim/v2, described by its discovery
                // endpoints.
                if (type.isAnnotationPresent(Path.class)
                        && !new fi.kohtaamo.provisioning.boundary.ScimApplication()
                                .getClasses()
                                .contains(type)) {
                    paths.add(type.getAnnotation(Path.class).value().replaceAll("^/", ""));
                }
            }
        }
        return paths;
    }
}
