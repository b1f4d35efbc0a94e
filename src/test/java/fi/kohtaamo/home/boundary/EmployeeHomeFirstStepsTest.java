package fi.kohtaamo.home.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.learning.control.AssignedModule;
import fi.kohtaamo.learning.control.LearningItem;
import fi.kohtaamo.learning.entity.Status;
import fi.kohtaamo.learning.entity.TrainingModule;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the employee's home says to complete before a workshop, worked out without a server. */
class EmployeeHomeFirstStepsTest {

    private static final LocalDate WORKSHOP = LocalDate.of(2027, 3, 10);

    private static LearningItem assigned(String moduleId, Status status, LocalDate due) {
        return new LearningItem(new TrainingModule(moduleId), new AssignedModule(moduleId, due, null), null, status, 0);
    }

    private static LearningItem byChoice(String moduleId, Status status) {
        return new LearningItem(new TrainingModule(moduleId), null, null, status, 0);
    }

    private static List<String> ids(List<LearningItem> items) {
        return items.stream().map(i -> i.module().getId()).toList();
    }

    private final List<LearningItem> items = List.of(
            assigned("due-before", Status.NOT_STARTED, WORKSHOP.minusDays(3)),
            assigned("due-that-day", Status.IN_PROGRESS, WORKSHOP),
            assigned("due-after", Status.NOT_STARTED, WORKSHOP.plusDays(1)),
            assigned("done-before", Status.COMPLETED, WORKSHOP.minusDays(9)),
            assigned("no-date", Status.NOT_STARTED, null),
            byChoice("prework-b", Status.NOT_STARTED),
            byChoice("prework-a", Status.COMPLETED));

    @Test
    void theGuidesPreworkComesFirstInTheGuidesOrderDoneOrNot() {
        assertThat(ids(EmployeeHomeBean.firstSteps(List.of("prework-a", "prework-b", "retired"), items, WORKSHOP)))
                .containsExactly("prework-a", "prework-b");
    }

    @Test
    void withoutPreworkTheAssignedModulesDueByTheWorkshopDayAndNotDone() {
        assertThat(ids(EmployeeHomeBean.firstSteps(List.of(), items, WORKSHOP)))
                .containsExactly("due-before", "due-that-day");
    }
}
