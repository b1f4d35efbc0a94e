package fi.kohtaamo.insight.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.TestOrganisation;
import fi.kohtaamo.WebClient;
import fi.kohtaamo.content.entity.Factor;
import fi.kohtaamo.learning.control.Progresses;
import fi.kohtaamo.learning.entity.Progress;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Role;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.platform.config.OrganisationZone;
import fi.kohtaamo.platform.persistence.Database;
import fi.kohtaamo.pulse.control.Pulses;
import fi.kohtaamo.pulse.entity.PulseRound;
import fi.kohtaamo.survey.control.Responses;
import fi.kohtaamo.survey.entity.Channel;
import fi.kohtaamo.survey.entity.CustomerResponse;
import fi.kohtaamo.survey.entity.Source;
import fi.kohtaamo.workshop.control.Sessions;
import fi.kohtaamo.workshop.entity.SessionStatus;
import fi.kohtaamo.workshop.entity.WorkshopSession;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "What to work on next" from a unit's real data, read through {@link UnitAdvice} and on the pages: its customers'
 * comments read into themes, a closed pulse round, a workshop it held and the commitment made there, and its
 * employees' completions; and a unit beside it whose pulse group is below the anonymity threshold gets no advice from
 * it. Each test makes its own units, people, answers, rounds and workshops.
 */
@ExtendWith(ArquillianExtension.class)
class AdviceIT {

    private static final String BOUNCED = "I was transferred three times and had to repeat my story.";
    private static final String NEUTRAL = "Thank you.";

    /** Two statements per factor: communication, workload, competence, leadership, tools, processes. */
    private static final List<Integer> PROCESSES_THEN_WORKLOAD_WEAK = List.of(4, 4, 3, 3, 4, 4, 5, 5, 4, 4, 2, 2);

    @ArquillianResource
    URL base;

    @Inject
    TestOrganisation made;

    @Inject
    UnitAdvice unitAdvice;

    @Inject
    Responses responses;

    @Inject
    Pulses pulses;

    @Inject
    Sessions sessions;

    @Inject
    Progresses progresses;

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Test
    void theUnitsEvidenceNamesWhatItHasNotDoneAndTheCockpitAndUnitPageShowIt() throws SQLException {
        Unit unit = made.unit();
        Person supervisor = made.person(unit, Set.of(unit), Role.SUPERVISOR);
        // At least five, so that the two who completed No bouncing stay under half of the unit's employees (these and
        // the supervisor, who is one too) whatever the threshold is now.
        int employees = Math.max(pulses.threshold(), 5);
        List<Person> staff = new ArrayList<>();
        for (int i = 0; i < employees; i++) {
            staff.add(made.person(unit, Set.of(), Role.EMPLOYEE));
        }
        Person hr = made.person(made.unit(), Set.of(), Role.HR);
        for (String module : List.of(
                "leading-customer-centricity",
                "coaching-your-team",
                "six-internal-factors",
                "reading-customer-feedback",
                "trust-in-partnerships")) {
            complete(supervisor, module);
        }
        complete(staff.get(0), "no-bouncing");
        complete(staff.get(1), "no-bouncing");
        YearMonth thisMonth = YearMonth.now(OrganisationZone.ZONE);
        comments(unit, thisMonth.minusMonths(2), 9, 21);
        comments(unit, thisMonth.minusMonths(5), 2, 18);
        answerPulse(hr, unit, staff, PROCESSES_THEN_WORKLOAD_WEAK);
        WorkshopSession held = heldTwoMonthsAgo(supervisor, unit, "customer-path", staff);
        sessions.commit(
                supervisor,
                held.getId(),
                new Sessions.NewCommitment(
                        "Saatamme asiakkaan seuraavalle",
                        null,
                        LocalDate.now(OrganisationZone.ZONE).plusDays(20),
                        Factor.PROCESSES,
                        null));

        List<String> expected = List.of(
                "Customers mention “Being bounced” in 30 % of 30 comments, up from 10 %; only 2 of your "
                        + (employees + 1) + " employees have completed the module “No bouncing” in the last 12 months.",
                "The pulse rates “Workload and work community” 3.0 / 5 (" + employees + " answers), one of your"
                        + " team's weakest factors; your team has not run the workshop “The six internal factors”.",
                "The pulse rates “Internal processes” 2.0 / 5 (" + employees + " answers), one of your team's weakest"
                        + " factors, and one open commitment addresses it; your team has not run the workshop “When"
                        + " something went wrong”.");
        UnitAdvice.Shown shown = unitAdvice.shown(unit, Set.of(unit.getId()), Locale.UK, english());
        assertThat(shown.items()).extracting(UnitAdvice.Advice::text).containsExactlyElementsOf(expected);
        assertThat(shown.items())
                .extracting(UnitAdvice.Advice::link)
                .containsExactly(
                        "/learning/module?id=no-bouncing",
                        "/workshop/session-edit?unit=" + unit.getId() + "&guide=six-factors-self-assessment",
                        "/workshop/session-edit?unit=" + unit.getId() + "&guide=service-recovery");

        Document cockpit = WebClient.signedIn(base, supervisor.getUsername(), TestOrganisation.PASSWORD)
                .inLanguage("en")
                .page("home/supervisor");
        Document unitPage = WebClient.signedIn(base, hr.getUsername(), TestOrganisation.PASSWORD)
                .inLanguage("en")
                .page("insight/unit?unit=" + unit.getId());
        for (Document page : List.of(cockpit, unitPage)) {
            assertThat(page.select("#advice .advice-why").eachText()).containsExactlyElementsOf(expected);
            assertThat(page.select("#advice .advice-link").eachText())
                    .containsExactly(
                            "Open “No bouncing”",
                            "Schedule “The six internal factors”",
                            "Schedule “When something" + " went wrong”");
            assertThat(page.select("#advice .advice-link").first().attr("href"))
                    .endsWith("/learning/module?id=no-bouncing");
        }
    }

    @Test
    void aPulseGroupBelowTheThresholdAndAHandfulOfCommentsGiveNoAdvice() {
        Unit unit = made.unit();
        Person supervisor = made.person(unit, Set.of(unit), Role.SUPERVISOR);
        Person hr = made.person(unit, Set.of(), Role.HR);
        List<Person> few = new ArrayList<>();
        for (int i = 0; i < pulses.threshold() - 1; i++) {
            few.add(made.person(unit, Set.of(), Role.EMPLOYEE));
        }
        comments(unit, YearMonth.now(OrganisationZone.ZONE).minusMonths(1), 9, 10);
        answerPulse(hr, unit, few, PROCESSES_THEN_WORKLOAD_WEAK);

        assertThat(unitAdvice.evidence(unit, Set.of(unit.getId())).pulse()).isNull();
        assertThat(unitAdvice.of(unit, Set.of(unit.getId()))).isEmpty();
        Element block = WebClient.signedIn(base, supervisor.getUsername(), TestOrganisation.PASSWORD)
                .inLanguage("en")
                .page("home/supervisor")
                .selectFirst("#tile-advice");
        assertThat(block.select("#advice-empty").text()).startsWith("Nothing to recommend now");
        assertThat(block.select("#advice")).isEmpty();
    }

    private static Recommendations.Texts english() {
        java.util.ResourceBundle bundle =
                java.util.ResourceBundle.getBundle(fi.kohtaamo.platform.i18n.Language.BUNDLE, Locale.UK);
        return (key, arguments) -> new java.text.MessageFormat(bundle.getString(key), Locale.UK).format(arguments);
    }

    private void complete(Person person, String module) {
        Progress progress = progresses.start(person, module);
        progresses.complete(progress.getId(), 1);
    }

    /** A month's customer answers with comments: some about being bounced, the rest with no theme. */
    private void comments(Unit unit, YearMonth month, int bounced, int neutral) {
        List<CustomerResponse> batch = new ArrayList<>();
        for (int i = 0; i < bounced + neutral; i++) {
            batch.add(new CustomerResponse(
                    unit,
                    month.atDay(1 + i % 28).atTime(9 + i % 8, 0),
                    i < bounced ? 3 : 9,
                    null,
                    i < bounced ? BOUNCED : NEUTRAL,
                    Channel.VISIT,
                    Source.API,
                    null));
        }
        responses.record(batch);
    }

    /** A round of the unit that closed yesterday, answered by these people. */
    private void answerPulse(Person hr, Unit unit, List<Person> answering, List<Integer> scores) {
        PulseRound round = pulses.open(
                hr,
                "Neuvontakierros " + unit.getCode(),
                LocalDate.now(OrganisationZone.ZONE).minusDays(7),
                LocalDate.now(OrganisationZone.ZONE).minusDays(1),
                Set.of(unit.getId()));
        for (Person person : answering) {
            pulses.answer(
                    person,
                    round.getId(),
                    scores,
                    7,
                    null,
                    LocalDate.now(OrganisationZone.ZONE).minusDays(3));
        }
    }

    /** A workshop of the guide, held two months ago with these people. */
    private WorkshopSession heldTwoMonthsAgo(Person supervisor, Unit unit, String guide, List<Person> people)
            throws SQLException {
        Set<Long> invitees = new HashSet<>();
        people.forEach(p -> invitees.add(p.getId()));
        WorkshopSession session = sessions.schedule(
                supervisor,
                new Sessions.Request(
                        unit.getId(),
                        guide,
                        LocalDate.now(OrganisationZone.ZONE).plusDays(8).atTime(9, 0),
                        105,
                        "Taukotila",
                        null,
                        invitees,
                        null),
                Locale.ENGLISH);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update =
                        connection.prepareStatement("update workshop_session set starts_at = ? where id = ?")) {
            update.setTimestamp(
                    1,
                    Timestamp.valueOf(
                            LocalDate.now(OrganisationZone.ZONE).minusMonths(2).atTime(9, 0)));
            update.setLong(2, session.getId());
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
        WorkshopSession held = sessions.recordAttendance(supervisor, session.getId(), invitees);
        assertThat(held.getStatus()).isEqualTo(SessionStatus.HELD);
        return held;
    }
}
