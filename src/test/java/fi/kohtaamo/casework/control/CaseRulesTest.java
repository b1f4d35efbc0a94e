package fi.kohtaamo.casework.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kohtaamo.casework.entity.CaseState;
import fi.kohtaamo.casework.entity.RootCause;
import fi.kohtaamo.content.entity.Factor;
import fi.kohtaamo.content.entity.Theme;
import fi.kohtaamo.platform.i18n.Language;
import fi.kohtaamo.survey.control.ContactDetails;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The detractor case's steps and the resolution form: each legal step passes, each illegal one and each broken field
 * is refused on its field with the exact text the supervisor reads (in English here; fi and sv have the same keys).
 */
class CaseRulesTest {

    private static final ResourceBundle EN = ResourceBundle.getBundle(Language.BUNDLE, Locale.ROOT);

    @Test
    void aCaseGoesForwardOneStepAtATime() {
        CaseRules.requireStep(CaseState.NEW, CaseState.ACKNOWLEDGED);
        CaseRules.requireStep(CaseState.ACKNOWLEDGED, CaseState.CONTACTED);
        CaseRules.requireStep(CaseState.CONTACTED, CaseState.RESOLVED);
        assertThat(CaseState.RESOLVED.next()).isNull();
    }

    @ParameterizedTest
    @CsvSource({
        "ACKNOWLEDGED, ACKNOWLEDGED, This case has already been acknowledged.",
        "CONTACTED, ACKNOWLEDGED, This case has already been acknowledged.",
        "NEW, CONTACTED, Acknowledge the case before you mark the customer contacted.",
        "CONTACTED, CONTACTED, The customer has already been marked contacted.",
        "NEW, RESOLVED, Mark the customer contacted before you resolve the case.",
        "ACKNOWLEDGED, RESOLVED, Mark the customer contacted before you resolve the case.",
        "RESOLVED, RESOLVED, This case is resolved and can no longer change.",
        "RESOLVED, ACKNOWLEDGED, This case is resolved and can no longer change.",
        "CONTACTED, NEW, This case has already been acknowledged."
    })
    void anIllegalStepIsRefusedWithItsReason(CaseState from, CaseState to, String message) {
        assertProblem(() -> CaseRules.requireStep(from, to), "state", message);
    }

    @Test
    void aResolutionWithNoteAndRootCausePasses() {
        assertThat(CaseRules.check(resolution("Called back, apologised", "theme:bounced", null, Set.of(), null), false))
                .isEqualTo(RootCause.of(Theme.BOUNCED));
        assertThat(CaseRules.check(
                        resolution("Agreed on call-backs", "factor:processes", "m", Set.of(4L), "Call back"), true))
                .isEqualTo(RootCause.of(Factor.PROCESSES));
    }

    @Test
    void eachBrokenFieldOfAResolutionIsNamedWithWhatToDo() {
        assertProblem(
                () -> CaseRules.check(resolution("  ", "theme:waiting", null, Set.of(), null), false),
                "note",
                "Write a short note on how the case was resolved.");
        assertProblem(
                () -> CaseRules.check(resolution("x".repeat(1001), "theme:waiting", null, Set.of(), null), false),
                "note",
                "The note can be at most 1,000 characters.");
        assertProblem(
                () -> CaseRules.check(resolution("Called", null, null, Set.of(), null), false),
                "rootCause",
                "Choose the root cause.");
        assertProblem(
                () -> CaseRules.check(resolution("Called", "theme:weather", null, Set.of(), null), false),
                "rootCause",
                "Choose a root cause from the list.");
        assertProblem(
                () -> CaseRules.check(resolution("Called", "mood", null, Set.of(), null), false),
                "rootCause",
                "Choose a root cause from the list.");
        assertProblem(
                () -> CaseRules.check(resolution("Called", "factor:tools", "gone", Set.of(1L), null), false),
                "module",
                "Choose a module from the list.");
        assertProblem(
                () -> CaseRules.check(resolution("Called", "factor:tools", null, Set.of(1L), null), false),
                "staff",
                "Choose the module the staff you picked are to take.");
        assertProblem(
                () -> CaseRules.check(resolution("Called", "factor:tools", "m", Set.of(), null), true),
                "staff",
                "Choose who in the team is to take the module.");
        assertProblem(
                () -> CaseRules.check(resolution("Called", "theme:waiting", null, Set.of(), "Answer faster"), false),
                "commitment",
                "A team commitment addresses an internal factor: choose one of the six internal factors as the root"
                        + " cause.");
        assertProblem(
                () -> CaseRules.check(resolution("Called", "factor:workload", null, Set.of(), "x".repeat(501)), false),
                "commitment",
                "The commitment can be at most 500 characters.");
    }

    @Test
    void rootCausesAreTheTenThemesAndTheSixFactorsByTheirStoredIds() {
        assertThat(RootCause.all()).hasSize(16);
        for (RootCause cause : RootCause.all()) {
            assertThat(RootCause.parse(cause.id())).contains(cause);
        }
        assertThat(RootCause.parse("factor:")).isEmpty();
        assertThat(RootCause.parse(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                " 040 123 4567 |040 123 4567",
                "+358 40 123 4567|+358 40 123 4567",
                "(09) 310-1234|(09) 310-1234",
                "anna.k@example.fi|anna.k@example.fi",
                "  anna@posti.example.com  |anna@posti.example.com"
            })
    void aPhoneNumberOrAnEmailIsKeptTidied(String given, String kept) {
        assertThat(ContactDetails.check(given)).contains(kept);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"call me", "12345", "anna@example", "anna@@example.fi", "040 123 4567 or anna@example.fi", "+"})
    void anythingElseIsRefusedWithTheFormsMessage(String given) {
        assertThat(ContactDetails.check(given)).isEmpty();
        assertThat(EN.getString("survey.contactInvalid"))
                .isEqualTo(
                        "Enter a phone number (such as 040 123 4567) or an email address (such as name@example.fi).");
    }

    @Test
    void aContactLongerThanTheFieldIsRefused() {
        assertThat(ContactDetails.check("a".repeat(190) + "@example.fi")).isEmpty();
    }

    private static CaseRules.Resolution resolution(
            String note, String cause, String module, Set<Long> staff, String commitment) {
        return new CaseRules.Resolution(note, cause, module, staff, commitment, null);
    }

    private static void assertProblem(Runnable call, String field, String message) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(CaseProblem.class, problem -> {
            assertThat(problem.field()).isEqualTo(field);
            assertThat(EN.getString(problem.messageKey())).isEqualTo(message);
        });
    }
}
