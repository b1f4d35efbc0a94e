package fi.kohtaamo.platform;

import java.util.Objects;
import java.util.stream.Stream;

/** A failure and its causes, outermost first; at most 64 of them, so that a chain of causes that loops still ends. */
public final class Causes {

    private static final int DEEPEST = 64;

    private Causes() {}

    public static Stream<Throwable> of(Throwable failure) {
        return Stream.iterate(failure, Objects::nonNull, Throwable::getCause).limit(DEEPEST);
    }
}
