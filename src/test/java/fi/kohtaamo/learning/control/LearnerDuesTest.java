package fi.kohtaamo.learning.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.learning.entity.Assignment;
import fi.kohtaamo.learning.entity.TrainingModule;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.organisation.entity.UnitKind;
import fi.kohtaamo.platform.config.OrganisationZone;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LearnerDuesTest {

    private static final LocalDate TODAY = LocalDate.now(OrganisationZone.ZONE);
    private final Unit unit = Unit.blank(UnitKind.UNIT);
    private final Person newcomer = new Person("uusi", "uusi@example.com", "Uusi", "Tulokas", unit);
    private final TrainingModule module = new TrainingModule("listening");
    private final TrainingModule other = new TrainingModule("no-bouncing");

    @Test
    void aPersonCreatedTodayWithARelativeDueDateIsNotOverdue() {
        Assignment relative = Assignment.toUnit(module, null, unit, null, null).dueAfterDays(14);

        LearnerDues dues = LearnerDues.of(newcomer, List.of(relative), Set.of(), Set.of("listening"));

        assertThat(dues.overdue(TODAY)).isEmpty();
        assertThat(dues.dueSoon(TODAY, 3)).isEmpty();
        assertThat(dues.dueSoon(TODAY.plusDays(11), 3))
                .extracting(LearnerDues.Due::due)
                .containsExactly(TODAY.plusDays(14));
        assertThat(dues.overdue(TODAY.plusDays(15))).hasSize(1);
    }

    @Test
    void aModuleWithAFixedDateIsOverdueTheDayAfter() {
        Assignment fixed = Assignment.toPerson(module, null, newcomer, TODAY.minusDays(1), null);

        LearnerDues dues = LearnerDues.of(newcomer, List.of(fixed), Set.of(), Set.of("listening"));

        assertThat(dues.overdue(TODAY)).extracting(LearnerDues.Due::moduleId).containsExactly("listening");
    }

    @Test
    void completedAndRetiredModulesAreNeitherDueNorNews() {
        Assignment done = Assignment.toPerson(module, null, newcomer, TODAY.minusDays(1), null);
        Assignment retired = Assignment.toPerson(other, null, newcomer, TODAY.minusDays(1), null);

        LearnerDues dues = LearnerDues.of(newcomer, List.of(done, retired), Set.of("listening"), Set.of("listening"));

        assertThat(dues.overdue(TODAY)).isEmpty();
        assertThat(dues.news(TODAY)).isEmpty();
    }

    @Test
    void aModuleGivenTwiceIsRemindedOfByItsEarliestDueDate() {
        Assignment later = Assignment.toUnit(module, null, unit, TODAY.plusDays(2), null);
        Assignment sooner = Assignment.toPerson(module, null, newcomer, TODAY.plusDays(1), null);

        LearnerDues dues = LearnerDues.of(newcomer, List.of(later, sooner), Set.of(), Set.of("listening"));

        assertThat(dues.dueSoon(TODAY, 3)).extracting(LearnerDues.Due::due).containsExactly(TODAY.plusDays(1));
        assertThat(dues.news(TODAY)).as("each assignment is news of its own").hasSize(2);
        assertThat(dues.news(TODAY.plusDays(7))).as("news for a week").isEmpty();
    }
}
