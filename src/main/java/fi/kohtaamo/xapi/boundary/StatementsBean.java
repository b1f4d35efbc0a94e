package fi.kohtaamo.xapi.boundary;

import fi.kohtaamo.xapi.control.LearningRecordStore;
import fi.kohtaamo.xapi.control.StatementQueue;
import fi.kohtaamo.xapi.entity.QueuedStatement;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import lombok.Getter;

/**
 * The administrator's view of the learning records sent to the store: how many went, how many wait, and every
 * statement that has failed, with the store's reason (those it refused first: they are never sent again).
 */
@Named
@RequestScoped
public class StatementsBean {

    @Inject
    StatementQueue queue;

    @Inject
    LearningRecordStore store;

    /** Read on first use, once per request. */
    @Getter(lazy = true)
    private final List<QueuedStatement> problems = queue.problems(200);

    @Getter(lazy = true)
    private final long sent = queue.sentCount();

    @Getter(lazy = true)
    private final long waiting = queue.waitingCount();

    @Getter(lazy = true)
    private final long refused = queue.refusedCount();

    public boolean isConfigured() {
        return store.configured();
    }

    public String getEndpoint() {
        return store.configured() ? store.statements().toString() : "";
    }
}
