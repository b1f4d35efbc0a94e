package fi.kohtaamo.xapi.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.learning.control.ModuleCompleted;
import fi.kohtaamo.learning.control.ModuleStarted;
import fi.kohtaamo.learning.control.QuizAnswered;
import fi.kohtaamo.learning.control.StepCompleted;
import fi.kohtaamo.workshop.control.CommitmentDone;
import fi.kohtaamo.workshop.control.WorkshopAttended;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LearningRecordStoreTest {

    private static LearningRecordStore store(String endpoint, String key, String actor) {
        LearningRecordStore store = new LearningRecordStore();
        store.endpoint = Optional.ofNullable(endpoint);
        store.key = Optional.ofNullable(key);
        store.secret = Optional.of("s3cret");
        store.actor = actor;
        store.configure();
        return store;
    }

    @Test
    void statementsGoToTheEndpointsStatementsResourceWithBasicAuthentication() {
        LearningRecordStore store = store(" https://lrs.example/xapi/ ", "kohtaamo", "account");

        assertThat(store.configured()).isTrue();
        assertThat(store.statements()).hasToString("https://lrs.example/xapi/statements");
        assertThat(store.actorForm()).isEqualTo(Statements.ActorForm.ACCOUNT);
        assertThat(store.authorization()).contains("Basic a29odGFhbW86czNjcmV0");
    }

    @Test
    void withoutAKeyNoAuthorizationIsSent() {
        assertThat(store("http://localhost:8391/xapi", null, "mbox").authorization())
                .isEmpty();
    }

    @Test
    void aMissingOrWrongEndpointOrActorFormMakesNoStatements() {
        assertThat(store(null, "k", "mbox").configured()).isFalse();
        assertThat(store("  ", "k", "mbox").configured()).isFalse();
        assertThat(store("lrs.example/xapi", "k", "mbox").configured()).isFalse();
        assertThat(store("ftp://lrs.example/xapi", "k", "mbox").configured()).isFalse();
        assertThat(store("https://lrs.example/xapi", "k", "email").configured()).isFalse();
    }

    @Test
    void withoutAStoreNoEventIsQueued() {
        LearningEvents events = new LearningEvents();
        events.store = store(null, null, "mbox");
        // No queue, entity manager or address: any use of them would fail.

        events.started(new ModuleStarted(1));
        events.stepCompleted(new StepCompleted(1, 1));
        events.quizAnswered(new QuizAnswered(1, 2, 50, false));
        events.completed(new ModuleCompleted(1, "m", 1));
        events.attended(new WorkshopAttended(1, 1));
        events.commitmentDone(new CommitmentDone(1, 1));

        assertThat(events.queue).isNull();
    }
}
