package fi.kohtaamo.provisioning.boundary;

import fi.kohtaamo.platform.web.ApiProblem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.lang.annotation.Annotation;

/**
 * Turns the problem details that the shared {@code RequestBodyLimit} answers a too-large declared body with, before
 * any resource is chosen, into a SCIM error like every other refusal here.
 */
public class ProblemsAsScimErrors implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getMediaType() != null && ApiProblem.TYPE.isCompatible(response.getMediaType())) {
            int status = response.getStatus();
            Object error = ScimErrors.error(
                            status,
                            null,
                            status == 413
                                    ? "The request body is over " + ApiProblem.MAX_BODY_BYTES / (1024 * 1024) + " MB."
                                    : "The request could not be handled.")
                    .build()
                    .getEntity();
            response.setEntity(error, new Annotation[0], ScimMedia.SCIM_JSON_TYPE);
        }
    }
}
