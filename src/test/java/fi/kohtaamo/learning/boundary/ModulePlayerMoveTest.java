package fi.kohtaamo.learning.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A move on that met the same learner's move from another window is tried again, a few times, and nothing else is. */
class ModulePlayerMoveTest {

    /** What a {@code @Transactional} method throws when its commit met a newer version of the progress. */
    private static RuntimeException savedMeanwhile() {
        RollbackException rollback = new RollbackException("Transaction marked for rollback.");
        rollback.initCause(new OptimisticLockException("The progress was changed"));
        return new TransactionalException("encountered exception during commit", rollback);
    }

    @Test
    void aMoveThatMetAnotherWindowsMoveIsTriedAgainUntilItIsSaved() {
        AtomicInteger tries = new AtomicInteger();

        boolean saved = ModulePlayerBean.saved(() -> {
            if (tries.incrementAndGet() < 3) {
                throw savedMeanwhile();
            }
        });

        assertThat(saved).isTrue();
        assertThat(tries).hasValue(3);
    }

    @Test
    void aMoveThatKeepsMeetingOthersIsGivenUpAfterThreeTriesSoThePageCanSaySo() {
        AtomicInteger tries = new AtomicInteger();

        boolean saved = ModulePlayerBean.saved(() -> {
            tries.incrementAndGet();
            throw savedMeanwhile();
        });

        assertThat(saved).isFalse();
        assertThat(tries).hasValue(3);
    }

    @Test
    void anyOtherFailureIsNotTriedAgain() {
        AtomicInteger tries = new AtomicInteger();

        assertThatThrownBy(() -> ModulePlayerBean.saved(() -> {
                    tries.incrementAndGet();
                    throw new IllegalStateException("The database is down");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(tries).hasValue(1);
    }
}
