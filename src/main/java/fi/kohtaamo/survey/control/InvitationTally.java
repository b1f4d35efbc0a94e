package fi.kohtaamo.survey.control;

import java.io.Serializable;

/**
 * Where a unit's visit-triggered invitations stand ({@link Invitations#counts}).
 *
 * @param waiting visits whose invitation is still to go
 * @param sent invitations sent
 * @param answered of those, the ones answered
 * @param expired visits whose invitation never went: too old to send, or without an address any more
 */
public record InvitationTally(long waiting, long sent, long answered, long expired) implements Serializable {

    /** No visits. */
    public static final InvitationTally NONE = new InvitationTally(0, 0, 0, 0);

    /** The tally of {@code visits} registered visits of which {@code waiting} wait and {@code sent} went. */
    public static InvitationTally of(long visits, long waiting, long sent, long answered) {
        return new InvitationTally(waiting, sent, answered, visits - waiting - sent);
    }

    /** Answered invitations as a whole percentage of those sent, or null when none was sent. */
    public Long answerRate() {
        return sent == 0 ? null : Math.round(100.0 * answered / sent);
    }
}
