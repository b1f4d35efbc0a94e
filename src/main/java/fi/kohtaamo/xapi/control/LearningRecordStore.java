package fi.kohtaamo.xapi.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The learning record store statements go to, as configured: {@code KOHTAAMO_XAPI_ENDPOINT} (its xAPI address, say
 * {@code https://lrs.example/xapi/}), {@code KOHTAAMO_XAPI_KEY} and {@code KOHTAAMO_XAPI_SECRET} (its basic
 * authentication) and {@code KOHTAAMO_XAPI_ACTOR} ({@code mbox}, the default, names learners by e-mail address;
 * {@code account} by user name). Without an endpoint, or with one that is not an http(s) address or an unknown actor
 * form, no statement is made at all.
 */
@ApplicationScoped
public class LearningRecordStore {

    private static final Logger LOG = Logger.getLogger(LearningRecordStore.class.getName());

    @Inject
    @ConfigProperty(name = "kohtaamo.xapi.endpoint")
    Optional<String> endpoint;

    @Inject
    @ConfigProperty(name = "kohtaamo.xapi.key")
    Optional<String> key;

    @Inject
    @ConfigProperty(name = "kohtaamo.xapi.secret")
    Optional<String> secret;

    @Inject
    @ConfigProperty(name = "kohtaamo.xapi.actor", defaultValue = "mbox")
    String actor;

    private URI statements;
    private Statements.ActorForm actorForm;

    @PostConstruct
    void configure() {
        Optional<String> address = endpoint.map(String::strip).filter(text -> !text.isEmpty());
        if (address.isEmpty()) {
            return;
        }
        try {
            URI uri = URI.create(address.get().replaceAll("/+$", "") + "/statements");
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException("not an http(s) address");
            }
            Statements.ActorForm form = Statements.ActorForm.parse(actor);
            statements = uri;
            actorForm = form;
            LOG.info(() -> "xAPI statements go to " + statements + ", learners named by " + actor);
        } catch (IllegalArgumentException e) {
            LOG.severe("No xAPI statements are made: KOHTAAMO_XAPI_ENDPOINT " + address.get()
                    + " or KOHTAAMO_XAPI_ACTOR " + actor + " is wrong (" + e.getMessage() + ")");
        }
    }

    /** Whether statements are made and sent. */
    public boolean configured() {
        return statements != null;
    }

    /** The store's statements resource ({@code <endpoint>/statements}). */
    public URI statements() {
        return statements;
    }

    public Statements.ActorForm actorForm() {
        return actorForm;
    }

    /** The {@code Authorization} header's value, if a key is configured. */
    public Optional<String> authorization() {
        return key.filter(k -> !k.isBlank())
                .map(k -> "Basic "
                        + Base64.getEncoder()
                                .encodeToString((k + ":" + secret.orElse("")).getBytes(StandardCharsets.UTF_8)));
    }
}
