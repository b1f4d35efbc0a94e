package fi.kohtaamo.workshop.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fi.kohtaamo.TestOrganisation;
import fi.kohtaamo.content.entity.Factor;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.platform.config.OrganisationZone;
import fi.kohtaamo.platform.security.AccessDenied;
import fi.kohtaamo.workshop.entity.Commitment;
import fi.kohtaamo.workshop.entity.CommitmentEvent;
import fi.kohtaamo.workshop.entity.WorkshopSession;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Commitments that carry through, inside a running Kohtaamo: an open commitment carried over to the follow-up session
 * moves with its history, and carrying it again, carrying a done one, or another unit's supervisor carrying it is
 * refused; a due date in the past is refused on its field, with nothing saved; a whole team's commitment reaches
 * every member of the team. Each test makes its own unit, with a supervisor, two employees and a session with its
 * follow-up.
 */
@ExtendWith(ArquillianExtension.class)
class CommitmentsIT {

    @Inject
    TestOrganisation made;

    @Inject
    Sessions sessions;

    @Inject
    Commitments commitments;

    @PersistenceContext
    EntityManager em;

    private record Team(Unit unit, Person supervisor, Person first, Person second, Long session, Long followUp) {}

    private Team team() {
        Unit unit = made.unit();
        Person supervisor = made.person(unit, Set.of(unit));
        Person first = made.person(unit, Set.of());
        Person second = made.person(unit, Set.of());
        Set<Long> invited = Set.of(first.getId(), second.getId());
        LocalDateTime at = LocalDate.now(OrganisationZone.ZONE).plusDays(10).atTime(9, 0);
        WorkshopSession session = sessions.schedule(
                supervisor,
                new Sessions.Request(
                        unit.getId(), "six-factors-self-assessment", at, 120, "Taukotila", null, invited, null),
                Locale.ENGLISH);
        WorkshopSession followUp = sessions.schedule(
                supervisor,
                new Sessions.Request(
                        unit.getId(),
                        "six-factors-self-assessment",
                        at.plusWeeks(4),
                        60,
                        "Taukotila",
                        null,
                        invited,
                        session.getId()),
                Locale.ENGLISH);
        return new Team(unit, supervisor, first, second, session.getId(), followUp.getId());
    }

    private Commitment commit(Team team, String what, Person owner) {
        return commitments.make(
                team.supervisor(),
                team.session(),
                new Sessions.NewCommitment(
                        what,
                        owner == null ? null : owner.getId(),
                        LocalDate.now(OrganisationZone.ZONE).plusDays(30),
                        Factor.TOOLS,
                        null));
    }

    private static String refusal(Runnable action) {
        try {
            action.run();
        } catch (WorkshopProblem problem) {
            return problem.field() + ": " + problem.messageKey();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void anOpenCommitmentMovesToTheFollowUpWithItsHistoryAndOnlyOnce() {
        Team team = team();
        Commitment open = commit(team, "Kirjaamme takaisinsoitot yhteiseen kalenteriin", team.first());
        Commitment done = commit(team, "Päivitämme aukioloajat", null);
        commitments.setStatus(team.supervisor(), done.getId(), Commitment.State.DONE);
        Team other = team();

        assertThatThrownBy(() -> commitments.carryOver(other.supervisor(), open.getId(), team.followUp()))
                .as("another unit's supervisor")
                .isInstanceOf(AccessDenied.class);
        assertThat(refusal(() -> commitments.carryOver(team.supervisor(), open.getId(), team.session())))
                .as("to a session that follows up no other")
                .isEqualTo("review: commitment.carryNotFollowUp");

        commitments.carryOver(team.supervisor(), open.getId(), team.followUp());

        Commitment carried = em.find(Commitment.class, open.getId());
        assertThat(carried.getSession().getId()).isEqualTo(team.followUp());
        assertThat(carried.getMadeIn().getId()).as("where it was made").isEqualTo(team.session());
        assertThat(carried.isCarriedOver()).isTrue();
        assertThat(carried.getStatus()).isEqualTo(Commitment.State.OPEN);
        List<CommitmentEvent> history = commitments.historyOf(List.of(carried)).get(carried.getId());
        assertThat(history).singleElement().satisfies(event -> {
            assertThat(event.getKind()).isEqualTo(CommitmentEvent.Kind.CARRIED_OVER);
            assertThat(event.getFromSession().getId()).isEqualTo(team.session());
            assertThat(event.getToSession().getId()).isEqualTo(team.followUp());
            assertThat(event.getActor().getId()).isEqualTo(team.supervisor().getId());
        });
        assertThat(sessions.commitmentsOf(em.find(WorkshopSession.class, team.followUp())))
                .extracting(Commitment::getId)
                .containsExactly(open.getId());

        assertThat(refusal(() -> commitments.carryOver(team.supervisor(), open.getId(), team.followUp())))
                .as("twice")
                .isEqualTo("review: commitment.alreadyCarried");
        assertThat(refusal(() -> commitments.carryOver(team.supervisor(), done.getId(), team.followUp())))
                .as("a done one")
                .isEqualTo("review: commitment.carryClosed");
        assertThat(commitments.historyOf(List.of(done)).get(done.getId()))
                .extracting(CommitmentEvent::getKind, e -> e.getActor().getId())
                .as("marked done, and by whom")
                .containsExactly(
                        tuple(CommitmentEvent.Kind.DONE, team.supervisor().getId()));
        assertThat(em.find(Commitment.class, done.getId()).getSession().getId()).isEqualTo(team.session());
    }

    @Test
    void aDueDateInThePastOrNoFactorIsRefusedOnItsFieldAndNothingIsSaved() {
        Team team = team();
        WorkshopSession session = em.find(WorkshopSession.class, team.session());

        assertThat(refusal(() -> commitments.make(
                        team.supervisor(),
                        team.session(),
                        new Sessions.NewCommitment(
                                "Vastaamme viesteihin samana päivänä",
                                null,
                                LocalDate.now(OrganisationZone.ZONE).minusDays(1),
                                Factor.COMMUNICATION,
                                null))))
                .isEqualTo("due: commitment.duePast");
        assertThat(refusal(() -> commitments.make(
                        team.supervisor(),
                        team.session(),
                        new Sessions.NewCommitment(
                                "Vastaamme viesteihin samana päivänä",
                                null,
                                LocalDate.now(OrganisationZone.ZONE),
                                null,
                                null))))
                .isEqualTo("factor: commitment.factorRequired");
        assertThat(sessions.commitmentsOf(session)).isEmpty();

        Commitment today = commitments.make(
                team.supervisor(),
                team.session(),
                new Sessions.NewCommitment(
                        "Vastaamme viesteihin samana päivänä",
                        null,
                        LocalDate.now(OrganisationZone.ZONE),
                        Factor.COMMUNICATION,
                        null));
        assertThat(today.getDueDate()).as("today is not past").isEqualTo(LocalDate.now(OrganisationZone.ZONE));
    }

    @Test
    void aWholeTeamsCommitmentReachesEveryMemberOfTheTeamAndNoOneElse() {
        Team team = team();
        Commitment teams = commit(team, "Koko tiimi soittaa takaisin samana päivänä", null);
        commit(team, "Eka kokoaa ohjeet", team.first());
        Team other = team();

        assertThat(sessions.teamCommitmentsFor(team.first()))
                .extracting(Commitment::getId)
                .containsExactly(teams.getId());
        assertThat(sessions.teamCommitmentsFor(team.second()))
                .extracting(Commitment::getId)
                .containsExactly(teams.getId());
        assertThat(sessions.teamCommitmentsFor(other.first())).isEmpty();
    }
}
