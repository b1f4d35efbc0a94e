package fi.kohtaamo.learning.entity;

import fi.kohtaamo.organisation.entity.Person;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import lombok.Getter;

/**
 * One learner's way through one version of a module: where they are, their quiz result, and when they completed it.
 * A completion is a progress with {@code completedAt} set; it keeps the version it was earned on. When HR asks a person
 * to redo a module whose earlier major version they completed, a new progress on the current version names the
 * completion it redoes ({@code redoOf}), which stays as history.
 */
@Entity
@Table(name = "module_progress")
@NamedQuery(
        name = "Progress.latest",
        query =
                "select p from Progress p where p.personId = :person and p.moduleId = :module order by p.startedAt desc")
@NamedQuery(name = "Progress.ofPeople", query = "select p from Progress p where p.personId in :people")
@NamedQuery(name = "Progress.ofModule", query = "select p from Progress p where p.moduleId = :module")
@Getter
public class Progress {

    @Id
    @SequenceGenerator(name = "progress_seq", sequenceName = "progress_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "progress_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    @Column(name = "person_id", insertable = false, updatable = false)
    private Long personId;

    @Column(name = "module_id")
    private String moduleId;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "module_version_id")
    private ModuleVersion moduleVersion;

    /** The step the learner is on, from 1; one past the last step once every step is done. */
    @Column(name = "current_step")
    private int currentStep = 1;

    @Column(name = "started_at")
    private LocalDateTime startedAt;

    @Column(name = "updated_at")
    private LocalDateTime updatedAt;

    @Column(name = "completed_at")
    private LocalDateTime completedAt;

    @Column(name = "quiz_score")
    private Integer quizScore;

    @Column(name = "quiz_attempts")
    private int quizAttempts;

    @Column(name = "first_try_passed")
    private Boolean firstTryPassed;

    private Integer rating;

    @Column(name = "rating_comment")
    private String ratingComment;

    /** The completion this progress redoes, at HR's request; null for a learner's own start. */
    @Column(name = "redo_of")
    private Long redoOf;

    /** The HR person who asked for the redo. */
    @Column(name = "redo_asked_by")
    private Long redoAskedBy;

    @Version
    private long version;

    protected Progress() {}

    /** A redo of a completion on the module's current version, asked for by HR: it starts from the first step. */
    public static Progress redo(Progress completion, ModuleVersion current, Person askedBy, LocalDateTime now) {
        if (!completion.isCompleted()) {
            throw new IllegalArgumentException("Only a completion can be redone");
        }
        Progress redo = new Progress(completion.getPerson(), current, now);
        redo.redoOf = completion.getId();
        redo.redoAskedBy = askedBy.getId();
        return redo;
    }

    public Progress(Person person, ModuleVersion moduleVersion, LocalDateTime now) {
        this.person = person;
        this.personId = person.getId();
        this.moduleVersion = moduleVersion;
        this.moduleId = moduleVersion.getModule().getId();
        this.startedAt = now;
        this.updatedAt = now;
    }

    /** Moves the learner on to a step, never back past what they have already reached. */
    public void reach(int step, LocalDateTime now) {
        currentStep = Math.max(currentStep, step);
        updatedAt = now;
    }

    public void quizAttempt(int score, boolean passed, LocalDateTime now) {
        quizAttempts++;
        quizScore = score;
        if (quizAttempts == 1) {
            firstTryPassed = passed;
        }
        updatedAt = now;
    }

    public void complete(LocalDateTime now) {
        if (completedAt == null) {
            completedAt = now;
        }
        updatedAt = now;
    }

    public void rate(Integer rating, String comment) {
        if (rating != null && (rating < 1 || rating > 5)) {
            throw new IllegalArgumentException("A rating is from 1 to 5");
        }
        this.rating = rating;
        this.ratingComment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    public boolean isCompleted() {
        return completedAt != null;
    }
}
