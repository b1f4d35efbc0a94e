package fi.kohtaamo.pulse.control;

import fi.kohtaamo.content.entity.Factor;
import fi.kohtaamo.platform.stats.NpsTally;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What a group's answers to a pulse round add up to: how many answered, the sum of each internal factor's two
 * statements (1–5 each, in {@link Factor} order), and the eNPS answers. The sums of single units are
 * added up over a group with {@link #plus}; only then are means worked out, so no mean is ever averaged.
 *
 * @param answers how many answered
 * @param factorSums per factor, the sum of both its statements over all answers
 * @param enps the answers to the eNPS question
 */
record PulseTally(long answers, List<Long> factorSums, NpsTally enps) {

    static final int FACTORS = Factor.values().length;

    /** No answers. */
    static final PulseTally NONE = new PulseTally(0, Collections.nCopies(FACTORS, 0L), NpsTally.EMPTY);

    PulseTally {
        if (factorSums.size() != FACTORS) {
            throw new IllegalArgumentException("Six factor sums, not " + factorSums.size());
        }
        factorSums = List.copyOf(factorSums);
    }

    PulseTally plus(PulseTally other) {
        return new PulseTally(
                answers + other.answers,
                IntStream.range(0, FACTORS)
                        .mapToObj(f -> factorSums.get(f) + other.factorSums.get(f))
                        .toList(),
                enps.plus(other.enps));
    }

    /** Each factor's mean over its two statements and all answers, 1–5 ({@code NaN} without answers). */
    List<Double> factorMeans() {
        List<Double> means = new ArrayList<>();
        for (long sum : factorSums) {
            means.add(sum / (2.0 * answers));
        }
        return means;
    }
}
