package fi.kohtaamo.platform.persistence;

import java.io.Serializable;
import java.util.List;

/**
 * The primary key of an entity identified by more than one column, as the {@code @Embeddable} class of its
 * {@code @EmbeddedId}: equal to another key of the same class when all its parts are equal. A key names its columns
 * as fields and lists them once in {@link #parts()}; equality and hash code come from here.
 *
 * <pre>
 * &#64;Embeddable
 * public static class Key extends CompositeKey {
 *     &#64;Column(name = "round_id") Long roundId;
 *     &#64;Column(name = "person_id") Long personId;
 *     ...
 *     protected List&lt;Object&gt; parts() { return Arrays.asList(roundId, personId); }
 * }
 * </pre>
 */
public abstract class CompositeKey implements Serializable {

    /** The key's columns in order; a part may be null before EclipseLink has filled the key. */
    protected abstract List<Object> parts();

    @Override
    public final boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && parts().equals(((CompositeKey) other).parts());
    }

    @Override
    public final int hashCode() {
        return parts().hashCode();
    }
}
