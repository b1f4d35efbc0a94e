package fi.kohtaamo.insight.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.casework.entity.RootCause;
import fi.kohtaamo.content.control.ContentFiles;
import fi.kohtaamo.content.control.ContentParser;
import fi.kohtaamo.content.control.ThemeParser;
import fi.kohtaamo.content.entity.Factor;
import fi.kohtaamo.content.entity.Theme;
import fi.kohtaamo.content.entity.ThemeVocabulary;
import fi.kohtaamo.platform.i18n.Language;
import fi.kohtaamo.survey.control.ThemeShares;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * The recommendations on the real curriculum and the real English, Finnish and Swedish texts: which content each kind
 * of evidence picks, in which order, and the exact sentence the reader sees.
 */
class RecommendationsTest {

    private static final Map<String, String> FILES = ContentFiles.read(Path.of("content"));
    private static final List<Recommendations.Content> CONTENTS =
            Recommendations.contents(ContentParser.parse(FILES).catalogue());
    private static final ThemeVocabulary VOCABULARY = ThemeParser.parse(FILES).vocabulary();
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final LocalDate FROM = LocalDate.of(2026, 9, 1);

    /** Means in factor order: communication, workload, competence, leadership, tools, processes. */
    private static final List<Double> PROCESSES_AND_WORKLOAD_WEAK = List.of(3.9, 3.2, 4.1, 4.0, 3.5, 3.0);

    private static final List<Double> TOOLS_AND_COMMUNICATION_WEAK = List.of(3.1, 4.2, 4.0, 4.4, 2.8, 3.9);

    @Test
    void customersBouncedAndWeakProcessesRecommendTheCustomerPathFirst() {
        Recommendations.Evidence evidence = evidence(
                pulse(PROCESSES_AND_WORKLOAD_WEAK, 12),
                themes(120, 100, share(Theme.BOUNCED, 22, 2, 20, 9), share(Theme.WAITING, 12, 1, 10, 12)),
                Map.of(),
                Map.of("no-bouncing", 2L),
                Map.of());

        assertThat(texts(evidence, Locale.UK))
                .containsExactly(
                        "Customers mention “Being bounced” in 18 % of 120 comments, up from 9 %; your team has not"
                                + " run the workshop “The customer's path”.",
                        "The pulse rates “Internal processes” 3.0 / 5 (12 answers), one of your team's weakest"
                                + " factors; your team has not run the workshop “The six internal factors”.",
                        "Customers mention “Waiting” in 10 % of 120 comments, down from 12 %; your team has not run"
                                + " the workshop “Busy days without losing the customer”.");
        assertThat(Recommendations.choose(evidence, CONTENTS))
                .extracting(r -> r.link(7))
                .containsExactly(
                        "/workshop/session-edit?unit=7&guide=customer-path",
                        "/workshop/session-edit?unit=7&guide=six-factors-self-assessment",
                        "/workshop/session-edit?unit=7&guide=busy-days");
    }

    @Test
    void aUnitWithOtherEvidenceGetsOtherAdvice() {
        Recommendations.Evidence evidence = evidence(
                pulse(TOOLS_AND_COMMUNICATION_WEAK, 9),
                themes(40, 45, share(Theme.SYSTEMS, 8, 0, 8, 9), share(Theme.FRIENDLINESS, 14, 12, 2, 10)),
                Map.of(),
                Map.of(),
                Map.of("six-factors-self-assessment", TODAY.minusMonths(2)));

        assertThat(texts(evidence, Locale.UK))
                .containsExactly(
                        "Customers mention “Systems” in 20 % of 40 comments, as often as before (20 %); nobody in"
                                + " your team has completed the module “Service by phone, chat and email” in the last"
                                + " 12 months.",
                        "The pulse rates “Systems and tools” 2.8 / 5 (9 answers), one of your team's weakest"
                                + " factors; your team has not run the workshop “Promises and response times”.",
                        "The pulse rates “Communication and response time” 3.1 / 5 (9 answers), one of your team's"
                                + " weakest factors; nobody in your team has completed the module “Response time and"
                                + " keeping promises” in the last 12 months.");
        assertThat(Recommendations.choose(evidence, CONTENTS).get(0).link(8))
                .isEqualTo("/learning/module?id=phone-chat-and-email");
    }

    @Test
    void aGuideHeldInTheLastYearIsNotRecommendedAndOneHeldBeforeSaysWhen() {
        Recommendations.Evidence heldRecently = evidence(
                null,
                themes(120, 100, share(Theme.BOUNCED, 22, 2, 20, 9)),
                Map.of(),
                Map.of("no-bouncing", 2L),
                Map.of("customer-path", TODAY.minusMonths(3)));
        Recommendations.Evidence heldLongAgo = evidence(
                null,
                themes(120, 100, share(Theme.BOUNCED, 22, 2, 20, 9)),
                Map.of(),
                Map.of("no-bouncing", 2L),
                Map.of("customer-path", LocalDate.of(2025, 10, 3)));

        assertThat(texts(heldRecently, Locale.UK))
                .containsExactly("Customers mention “Being bounced” in 18 % of 120 comments, up from 9 %; only 2 of"
                        + " your 10 employees have completed the module “No bouncing” in the last 12 months.");
        assertThat(texts(heldLongAgo, Locale.UK))
                .containsExactly("Customers mention “Being bounced” in 18 % of 120 comments, up from 9 %; your team"
                        + " last ran the workshop “The customer's path” on 3 Oct 2025.");
    }

    @Test
    void aModuleHalfTheEmployeesCompletedIsNotRecommended() {
        Recommendations.Evidence evidence = evidence(
                null,
                themes(120, 100, share(Theme.BOUNCED, 22, 2, 20, 9)),
                Map.of(),
                Map.of("no-bouncing", 5L),
                Map.of("customer-path", TODAY.minusMonths(3)));

        assertThat(Recommendations.choose(evidence, CONTENTS)).isEmpty();
    }

    @Test
    void themesOfTooFewCommentsOrComplaintsAreNoEvidence() {
        Recommendations.Evidence fewComments =
                evidence(null, themes(19, 100, share(Theme.BOUNCED, 12, 0, 12, 9)), Map.of(), Map.of(), Map.of());
        Recommendations.Evidence fewComplaints = evidence(
                null,
                themes(200, 100, share(Theme.BOUNCED, 2, 0, 2, 9), share(Theme.WAITING, 30, 20, 10, 9)),
                Map.of(),
                Map.of(),
                Map.of());
        Recommendations.Evidence fewBefore =
                evidence(null, themes(20, 19, share(Theme.PROMISES, 5, 1, 4, 3)), Map.of(), Map.of(), Map.of());

        assertThat(Recommendations.choose(fewComments, CONTENTS)).isEmpty();
        assertThat(Recommendations.choose(fewComplaints, CONTENTS)).isEmpty();
        assertThat(texts(fewBefore, Locale.UK))
                .containsExactly("Customers mention “Promises” in 25 % of 20 comments (too few comments before to"
                        + " compare); your team has not run the workshop “Promises and response times”.");
    }

    @Test
    void aPulseResultBelowItsThresholdIsNoEvidence() {
        Recommendations.Evidence belowThreshold = evidence(
                new Recommendations.Pulse(PROCESSES_AND_WORKLOAD_WEAK, 4, 5),
                themes(0, 0),
                Map.of(),
                Map.of(),
                Map.of());
        Recommendations.Evidence atThreshold = evidence(
                new Recommendations.Pulse(PROCESSES_AND_WORKLOAD_WEAK, 5, 5),
                themes(0, 0),
                Map.of(),
                Map.of(),
                Map.of());

        assertThat(Recommendations.choose(belowThreshold, CONTENTS)).isEmpty();
        assertThat(Recommendations.choose(atThreshold, CONTENTS))
                .extracting(r -> r.content().id())
                .containsExactly("six-factors-self-assessment", "busy-days");
    }

    @Test
    void aWeakFactorWithOpenCommitmentsComesAfterTheOtherAndSaysSo() {
        Recommendations.Evidence evidence = evidence(
                pulse(PROCESSES_AND_WORKLOAD_WEAK, 12), themes(0, 0), Map.of(Factor.PROCESSES, 2L), Map.of(), Map.of());

        assertThat(texts(evidence, Locale.UK))
                .containsExactly(
                        "The pulse rates “Workload and work community” 3.2 / 5 (12 answers), one of your team's"
                                + " weakest factors; your team has not run the workshop “The six internal factors”.",
                        "The pulse rates “Internal processes” 3.0 / 5 (12 answers), one of your team's weakest"
                                + " factors, and 2 open commitments address it; your team has not run the workshop"
                                + " “The customer's path”.");
    }

    @Test
    void theFiguresAreWrittenInTheReadersLanguage() {
        Recommendations.Evidence evidence = evidence(
                pulse(PROCESSES_AND_WORKLOAD_WEAK, 12),
                themes(120, 100, share(Theme.BOUNCED, 22, 2, 20, 9)),
                Map.of(),
                Map.of(),
                Map.of());

        assertThat(texts(evidence, Language.formatting("fi")))
                .containsExactly(
                        "Teema ”Pallottelu” mainitaan 18 %:ssa asiakkaiden 120 kommentista, nousua aiemmasta 9"
                                + " prosentista; tiimisi ei ole pitänyt työpajaa ”Asiakkaan polku”.",
                        "Pulssissa ”Sisäiset prosessit” saa 3,0 / 5 (12 vastausta), yksi tiimisi heikoimmista"
                                + " tekijöistä; tiimisi ei ole pitänyt työpajaa ”Kuusi sisäistä tekijää”.",
                        "Pulssissa ”Työkuorma ja työyhteisö” saa 3,2 / 5 (12 vastausta), yksi tiimisi heikoimmista"
                                + " tekijöistä; tiimisi ei ole pitänyt työpajaa ”Kiireiset päivät ilman että asiakas"
                                + " unohtuu”.");
        assertThat(texts(evidence, Language.formatting("sv")))
                .startsWith(
                        "Kunderna nämner ”Bollande” i 18 % av 120 kommentarer, upp från 9 %; ert team har inte"
                                + " hållit workshoppen ”Kundens väg”.",
                        "Pulsen ger ”Interna processer” 3,0 / 5 (12 svar), en av ert teams svagaste faktorer; ert"
                                + " team har inte hållit workshoppen ”De sex interna faktorerna”.");
    }

    @Test
    void rootCausesOfResolvedDetractorCasesTakeTheirTurnAfterTheCustomersComplaintsAndBeforeThePulse() {
        Recommendations.Evidence base = evidence(
                pulse(PROCESSES_AND_WORKLOAD_WEAK, 12),
                themes(120, 100, share(Theme.WAITING, 12, 1, 10, 12)),
                Map.of(),
                Map.of(),
                Map.of());
        Recommendations.Evidence evidence = new Recommendations.Evidence(
                base.pulse(),
                base.themes(),
                base.openCommitments(),
                base.employees(),
                base.completers(),
                base.lastHeld(),
                new Recommendations.Cases(
                        3,
                        Map.of(
                                RootCause.of(Theme.BOUNCED), 4L,
                                // named once: not yet evidence
                                RootCause.of(Theme.SYSTEMS), 1L)),
                TODAY);

        assertThat(texts(evidence, Locale.UK))
                .containsExactly(
                        "Customers mention “Waiting” in 10 % of 120 comments, down from 12 %; your team has not run"
                                + " the workshop “Busy days without losing the customer”.",
                        "Your detractor cases of the last 12 months were resolved with “Being bounced” as the root"
                                + " cause 4 times, and 3 cases are still open; your team has not run the workshop"
                                + " “The customer's path”.",
                        "The pulse rates “Internal processes” 3.0 / 5 (12 answers), one of your team's weakest"
                                + " factors; your team has not run the workshop “The six internal factors”.");
        assertThat(texts(evidence, Locale.forLanguageTag("fi")).get(1))
                .startsWith("Viimeisten 12 kuukauden arvostelijatapausten juurisyyksi on kirjattu ”Pallottelu” 4"
                        + " kertaa, ja 3 tapausta on yhä auki; ");
    }

    private static List<String> texts(Recommendations.Evidence evidence, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(Language.BUNDLE, locale);
        Recommendations.Texts texts =
                (key, arguments) -> new MessageFormat(bundle.getString(key), locale).format(arguments);
        return Recommendations.choose(evidence, CONTENTS).stream()
                .map(r -> r.text(
                        locale,
                        texts,
                        theme -> VOCABULARY.themes().get(theme).name().in(locale)))
                .toList();
    }

    private static Recommendations.Evidence evidence(
            Recommendations.Pulse pulse,
            ThemeShares.Reading themes,
            Map<Factor, Long> openCommitments,
            Map<String, Long> completers,
            Map<String, LocalDate> lastHeld) {
        return new Recommendations.Evidence(
                pulse, themes, openCommitments, 10, completers, lastHeld, Recommendations.Cases.NONE, TODAY);
    }

    private static Recommendations.Pulse pulse(List<Double> means, int answers) {
        return new Recommendations.Pulse(means, answers, 5);
    }

    private static ThemeShares.Share share(Theme theme, long count, long praise, long complaints, long previous) {
        return new ThemeShares.Share(theme, count, praise, complaints, previous);
    }

    /** A reading with these comment counts, every theme not given at zero. */
    private static ThemeShares.Reading themes(long comments, long previousComments, ThemeShares.Share... given) {
        Map<Theme, ThemeShares.Share> byTheme = new EnumMap<>(Theme.class);
        for (Theme theme : Theme.values()) {
            byTheme.put(theme, share(theme, 0, 0, 0, 0));
        }
        for (ThemeShares.Share share : given) {
            byTheme.put(share.theme(), share);
        }
        return new ThemeShares.Reading(
                new ThemeShares.Period(FROM, TODAY.withDayOfMonth(1), comments),
                new ThemeShares.Period(FROM.minusMonths(3), FROM, previousComments),
                new ArrayList<>(byTheme.values()));
    }
}
