package fi.kohtaamo.insight.control;

import fi.kohtaamo.casework.entity.RootCause;
import fi.kohtaamo.content.entity.Audience;
import fi.kohtaamo.content.entity.Catalogue;
import fi.kohtaamo.content.entity.Factor;
import fi.kohtaamo.content.entity.Theme;
import fi.kohtaamo.platform.i18n.Figures;
import fi.kohtaamo.platform.i18n.LocalizedText;
import fi.kohtaamo.survey.control.ThemeShares;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * "What to work on next" for one unit: up to {@value #MOST} modules or workshop guides, each with the evidence that
 * picked it, as a sentence with its figures ("Customers mention “Being bounced” in 18 % of 120 comments, up from 9 %;
 * your team has not run the workshop “The customer's path”"). Pure: {@link UnitAdvice} gathers the {@link Evidence}
 * of a unit, this decides.
 *
 * <p>The evidence is read into <em>signals</em>:
 *
 * <ul>
 *   <li>a <strong>complaint theme</strong>: a comment theme that at least {@value #MIN_COMPLAINTS} of the last period's
 *       comments complain about, more of them complaining than praising, in a period of at least
 *       {@value #MIN_COMMENTS} comments — never from a handful of comments; its share of the comments is compared with
 *       the period before only when that one had {@value #MIN_COMMENTS} comments too. The most mentioned come first.
 *   <li>a <strong>case cause</strong>: a root cause (a comment theme or an internal factor) that the unit's supervisors
 *       named on at least {@value #MIN_CASES} detractor cases resolved in the last {@value #RECENT_MONTHS} months: what
 *       they found when they called the customers back. The most named come first; the sentence says how many of the
 *       unit's cases are still open.
 *   <li>a <strong>weak factor</strong>: one of the {@value #WEAK_FACTORS} internal factors with the lowest mean in the
 *       latest pulse result that the anonymity rule shows (a result below its round's threshold is never used). A
 *       factor the team already has open commitments on comes after those it has none on: work on it is under way.
 * </ul>
 *
 * Complaint themes, case causes and weak factors take turns, in that order: the customers' voice first. For each signal in that order the content
 * that answers it (a guide or module naming the theme under {@code themes} or the factor under {@code factors}) is
 * chosen: the one answering the most of the unit's signals, a workshop before a module, then by id. Content the unit
 * completed recently is never chosen: a guide it held in the last {@value #RECENT_MONTHS} months, a module that at
 * least {@value #DONE_PERCENT} % of its employees completed in them (a unit without employees is recommended
 * workshops only). Modules for supervisors only are left to the
 * supervisor's own track. Each signal and each piece of content is used once.
 */
public final class Recommendations {

    /** Recommendations shown at most. */
    public static final int MOST = 3;

    /** Comments a period needs before its themes are evidence. */
    public static final int MIN_COMMENTS = 20;

    /** Complaints about a theme in the period before it is evidence. */
    public static final int MIN_COMPLAINTS = 3;

    /** Resolved detractor cases that must name a root cause before it is evidence. */
    public static final int MIN_CASES = 2;

    /** How many of the lowest pulse factors are evidence. */
    public static final int WEAK_FACTORS = 2;

    /** Months in which completed content counts as done recently. */
    public static final int RECENT_MONTHS = 12;

    /** Share of the employees, in percent, who completed a module for the unit to have completed it. */
    public static final int DONE_PERCENT = 50;

    private Recommendations() {}

    /** The bundles' texts in one language: a key and its arguments ({@code Language::text}). */
    @FunctionalInterface
    public interface Texts {
        String text(String key, Object... arguments);
    }

    /**
     * A pulse result of the unit.
     *
     * @param factorMeans in {@link Factor} order, null or NaN where a factor has no answers
     * @param threshold the anonymity threshold of its round
     */
    public record Pulse(List<Double> factorMeans, int answers, int threshold) {}

    /**
     * Everything known about one unit (with the units below it) that the recommendations weigh.
     *
     * @param pulse the latest pulse result shown for the unit, or null
     * @param themes its customers' comment themes in the last period and the one before
     * @param openCommitments its open commitments per factor they address
     * @param employees its active employees
     * @param completers per module id, how many of those employees completed it in the last {@value #RECENT_MONTHS}
     *     months
     * @param lastHeld per guide id, when the unit last held a workshop of it
     * @param cases its detractor cases
     */
    public record Evidence(
            Pulse pulse,
            ThemeShares.Reading themes,
            Map<Factor, Long> openCommitments,
            long employees,
            Map<String, Long> completers,
            Map<String, LocalDate> lastHeld,
            Cases cases,
            LocalDate today) {}

    /**
     * A unit's detractor cases.
     *
     * @param open those not resolved yet
     * @param causes per root cause, the cases resolved with it in the last {@value #RECENT_MONTHS} months
     */
    public record Cases(long open, Map<RootCause, Long> causes) {

        public static final Cases NONE = new Cases(0, Map.of());
    }

    /** Why a piece of content is recommended. */
    public sealed interface Reason permits Complaint, CaseCause, WeakFactor {}

    /**
     * Customers complain about a theme.
     *
     * @param percent the share of the period's comments that mention it
     * @param comments the period's comments
     * @param previousPercent the share in the period before, or null when it had too few comments to compare
     */
    public record Complaint(Theme theme, double percent, long comments, Double previousPercent) implements Reason {}

    /**
     * A root cause the unit's resolved detractor cases named.
     *
     * @param cases the resolved cases that named it
     * @param open the unit's cases still open
     */
    public record CaseCause(RootCause cause, long cases, long open) implements Reason {}

    /** A weak internal factor of the pulse, and the team's open commitments on it. */
    public record WeakFactor(Factor factor, double mean, int answers, long openCommitments) implements Reason {}

    /** A module or workshop guide that may be recommended. */
    public record Content(boolean guide, String id, LocalizedText title, Set<Factor> factors, Set<Theme> themes) {

        boolean answers(Reason reason) {
            if (reason instanceof Complaint c) {
                return themes.contains(c.theme());
            }
            if (reason instanceof CaseCause c) {
                return c.cause().theme() != null
                        ? themes.contains(c.cause().theme())
                        : factors.contains(c.cause().factor());
            }
            return factors.contains(((WeakFactor) reason).factor());
        }
    }

    /**
     * One recommendation.
     *
     * @param completers for a module, the employees who completed it recently
     * @param employees for a module, the unit's employees
     * @param lastHeld for a guide, when the unit last held it (longer ago than {@value #RECENT_MONTHS} months), or null
     */
    public record Recommendation(Reason reason, Content content, long completers, long employees, LocalDate lastHeld) {

        /**
         * Where it is acted on, below the application's root: a guide's workshop is scheduled for the unit, a module is
         * opened.
         */
        public String link(long unitId) {
            return content.guide()
                    ? "/workshop/session-edit?unit=" + unitId + "&guide=" + content.id()
                    : "/learning/module?id=" + content.id();
        }

        /** The recommendation as a sentence in this locale, its figures written as the locale writes them. */
        public String text(Locale locale, Texts texts, Function<Theme, String> themeNames) {
            return why(locale, texts, themeNames) + "; " + what(locale, texts) + ".";
        }

        /** The label of its link, naming the content. */
        public String action(Locale locale, Texts texts) {
            return texts.text(
                    content.guide() ? "advice.schedule" : "advice.open",
                    content.title().in(locale));
        }

        private String why(Locale locale, Texts texts, Function<Theme, String> themeNames) {
            if (reason instanceof Complaint c) {
                String now = percent(c.percent(), locale);
                if (c.previousPercent() == null) {
                    return texts.text("advice.theme.new", themeNames.apply(c.theme()), now, c.comments());
                }
                int trend = Figures.round(c.percent(), 0).compareTo(Figures.round(c.previousPercent(), 0));
                String key = trend > 0 ? "advice.theme.up" : trend < 0 ? "advice.theme.down" : "advice.theme.same";
                return texts.text(
                        key, themeNames.apply(c.theme()), now, c.comments(), percent(c.previousPercent(), locale));
            }
            if (reason instanceof CaseCause c) {
                String cause = c.cause().theme() != null
                        ? themeNames.apply(c.cause().theme())
                        : texts.text(c.cause().factor().messageKey());
                return texts.text("advice.cases", cause, c.cases(), RECENT_MONTHS, c.open());
            }
            WeakFactor w = (WeakFactor) reason;
            String factor = texts.text(w.factor().messageKey());
            String mean = Figures.text(Figures.csat(w.mean()), locale);
            return w.openCommitments() == 0
                    ? texts.text("advice.factor", factor, mean, w.answers())
                    : texts.text("advice.factor.committed", factor, mean, w.answers(), w.openCommitments());
        }

        private String what(Locale locale, Texts texts) {
            String title = content.title().in(locale);
            if (content.guide()) {
                return lastHeld == null
                        ? texts.text("advice.guide.never", title)
                        : texts.text(
                                "advice.guide.before",
                                title,
                                lastHeld.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                                        .withLocale(locale)));
            }
            return texts.text(
                    completers == 0 ? "advice.module.none" : "advice.module.some",
                    title,
                    completers,
                    employees,
                    RECENT_MONTHS);
        }

        private static String percent(double value, Locale locale) {
            return Figures.text(Figures.round(value, 0), locale);
        }
    }

    /** The modules (except those for supervisors only) and workshop guides of the curriculum, guides first. */
    public static List<Content> contents(Catalogue catalogue) {
        Stream<Content> guides = catalogue.guides().values().stream()
                .map(g -> new Content(true, g.id(), g.title(), g.factors(), g.themes()));
        Stream<Content> modules = catalogue.modules().values().stream()
                .filter(m -> m.audience() != Audience.SUPERVISOR)
                .map(m -> new Content(false, m.id(), m.title(), m.factors(), m.themes()));
        return Stream.concat(guides, modules)
                .sorted(Comparator.comparing((Content c) -> !c.guide()).thenComparing(Content::id))
                .toList();
    }

    /** What the unit should work on next, most important first; empty when the evidence names nothing. */
    public static List<Recommendation> choose(Evidence evidence, List<Content> contents) {
        List<Reason> signals = signals(evidence);
        List<Content> open =
                contents.stream().filter(c -> !doneRecently(c, evidence)).toList();
        List<Recommendation> chosen = new ArrayList<>();
        for (Reason signal : signals) {
            if (chosen.size() == MOST) {
                break;
            }
            open.stream()
                    .filter(c -> c.answers(signal))
                    .filter(c -> chosen.stream().noneMatch(r -> r.content().equals(c)))
                    .min(Comparator.comparingLong((Content c) ->
                                    -signals.stream().filter(c::answers).count())
                            .thenComparing(c -> !c.guide())
                            .thenComparing(Content::id))
                    .ifPresent(c -> chosen.add(new Recommendation(
                            signal,
                            c,
                            c.guide() ? 0 : evidence.completers().getOrDefault(c.id(), 0L),
                            c.guide() ? 0 : evidence.employees(),
                            c.guide() ? evidence.lastHeld().get(c.id()) : null)));
        }
        return chosen;
    }

    /** The complaint themes, case causes and weak factors, taking turns, each in its own order. */
    static List<Reason> signals(Evidence evidence) {
        List<List<? extends Reason>> kinds = List.of(
                complaints(evidence.themes()),
                caseCauses(evidence.cases()),
                weakFactors(evidence.pulse(), evidence.openCommitments()));
        int longest = kinds.stream().mapToInt(List::size).max().orElse(0);
        List<Reason> signals = new ArrayList<>();
        for (int i = 0; i < longest; i++) {
            for (List<? extends Reason> kind : kinds) {
                if (i < kind.size()) {
                    signals.add(kind.get(i));
                }
            }
        }
        return signals;
    }

    private static List<CaseCause> caseCauses(Cases cases) {
        return cases.causes().entrySet().stream()
                .filter(e -> e.getValue() >= MIN_CASES)
                .map(e -> new CaseCause(e.getKey(), e.getValue(), cases.open()))
                .sorted(Comparator.comparingLong(CaseCause::cases)
                        .reversed()
                        .thenComparing(c -> c.cause().id()))
                .toList();
    }

    private static List<Complaint> complaints(ThemeShares.Reading reading) {
        if (reading.period().comments() < MIN_COMMENTS) {
            return List.of();
        }
        boolean comparable = reading.previous().comments() >= MIN_COMMENTS;
        return reading.shares().stream()
                .filter(s -> s.complaints() >= MIN_COMPLAINTS && s.complaints() > s.praise())
                .map(s -> new Complaint(
                        s.theme(),
                        reading.percent(s),
                        reading.period().comments(),
                        comparable ? reading.previousPercent(s) : null))
                .sorted(Comparator.comparingDouble(Complaint::percent)
                        .reversed()
                        .thenComparing(Complaint::theme))
                .toList();
    }

    private static List<WeakFactor> weakFactors(Pulse pulse, Map<Factor, Long> openCommitments) {
        if (pulse == null || pulse.answers() < pulse.threshold()) {
            return List.of();
        }
        List<WeakFactor> factors = new ArrayList<>();
        for (Factor factor : Factor.values()) {
            Double mean = factor.ordinal() < pulse.factorMeans().size()
                    ? pulse.factorMeans().get(factor.ordinal())
                    : null;
            if (mean != null && !mean.isNaN()) {
                factors.add(new WeakFactor(factor, mean, pulse.answers(), openCommitments.getOrDefault(factor, 0L)));
            }
        }
        return factors.stream()
                .sorted(Comparator.comparingDouble(WeakFactor::mean).thenComparing(WeakFactor::factor))
                .limit(WEAK_FACTORS)
                .sorted(Comparator.comparing((WeakFactor w) -> w.openCommitments() > 0))
                .toList();
    }

    private static boolean doneRecently(Content content, Evidence evidence) {
        if (content.guide()) {
            LocalDate held = evidence.lastHeld().get(content.id());
            return held != null && held.isAfter(evidence.today().minusMonths(RECENT_MONTHS));
        }
        long completers = evidence.completers().getOrDefault(content.id(), 0L);
        return evidence.employees() == 0 || 100 * completers >= DONE_PERCENT * evidence.employees();
    }
}
