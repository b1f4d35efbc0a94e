package fi.kohtaamo.insight.control;

import fi.kohtaamo.platform.stats.NpsTally;
import java.io.Serializable;

/**
 * Customers' answers of a unit over some months, as the monthly totals hold them: the NPS question's tally and the CSAT
 * answers' sum. Months and units add up with {@link #plus}.
 *
 * @param nps the answers to the NPS question; every answer has one, so its total is the number of answers
 * @param csatSum the CSAT scores (1–5) added up
 * @param csatAnswers how many answers gave a CSAT score
 */
public record CustomerTally(NpsTally nps, long csatSum, long csatAnswers) implements Serializable {

    /** No answers. */
    public static final CustomerTally EMPTY = new CustomerTally(NpsTally.EMPTY, 0, 0);

    /** The number of answers. */
    public long answers() {
        return nps.total();
    }

    /** The CSAT mean, 1–5, or null without CSAT answers. */
    public Double csat() {
        return csatAnswers == 0 ? null : (double) csatSum / csatAnswers;
    }

    /** Both tallies' answers together. */
    public CustomerTally plus(CustomerTally other) {
        return new CustomerTally(nps.plus(other.nps), csatSum + other.csatSum, csatAnswers + other.csatAnswers);
    }
}
