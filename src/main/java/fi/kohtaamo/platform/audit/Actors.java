package fi.kohtaamo.platform.audit;

import java.util.Optional;

/** Who an actor's username belongs to, for {@link AuditLog}: kept by the feature that keeps people. */
public interface Actors {

    /** The id of the person with this username, if there is one. */
    Optional<Long> personId(String username);
}
