package fi.kohtaamo.learning.boundary;

import fi.kohtaamo.content.control.Markdown;
import fi.kohtaamo.content.entity.ModuleContent;
import fi.kohtaamo.content.entity.Step;
import fi.kohtaamo.learning.control.Learners;
import fi.kohtaamo.learning.control.Progresses;
import fi.kohtaamo.learning.control.QuizMarking;
import fi.kohtaamo.learning.entity.Progress;
import fi.kohtaamo.learning.entity.TrainingModule;
import fi.kohtaamo.organisation.control.CurrentUser;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.platform.i18n.Language;
import fi.kohtaamo.platform.security.AccessDenied;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;
import lombok.Getter;
import lombok.Setter;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The module player: one step at a time, with back and next, saving after every step. Opening a module resumes it
 * where the learner left off; a learner cannot skip ahead of the steps they have reached. After the last step comes
 * the completion page with an optional rating.
 */
@Named
@ViewScoped
public class ModulePlayerBean implements Serializable {

    @Inject
    CurrentUser currentUser;

    @Inject
    Learners learners;

    @Inject
    Progresses progresses;

    @Inject
    Language language;

    @Getter
    @Setter
    private String moduleId;

    @Getter
    @Setter
    private Integer step;

    private Long progressId;
    private int reached;

    @Getter
    private boolean completed;

    private transient ModuleContent content;

    @Getter
    private String title;

    private int passMark;

    @Getter
    private Integer quizScore;

    @Getter
    private boolean quizSubmitted;

    /** Scenario: the chosen option's position, as text for the radio buttons. */
    @Getter
    private String choice;

    @Getter
    private boolean choiceChecked;
    /** Quiz: per question, the chosen option (single) or options (multiple). */
    @Getter
    private String[] single;

    @Getter
    private String[][] multiple;

    @Size(max = 20_000, message = "{field.tooLong}")
    @Getter
    @Setter
    private String reflection;

    @Getter
    @Setter
    private Integer rating;

    @Size(max = 2_000, message = "{field.tooLong}")
    @Getter
    @Setter
    private String ratingComment;

    /** Loads the module and the learner's progress, and settles which step to show. */
    public void load() throws IOException {
        TrainingModule module = learners.module(moduleId).orElse(null);
        if (module == null) {
            Faces.responseSendError(404, "No such module");
            return;
        }
        Person learner = currentUser.getPerson();
        if (!Learners.mayTake(learner, module.getAudience())) {
            throw new AccessDenied("Module " + moduleId + " is for supervisors");
        }
        Progress progress =
                progresses.latest(learner.getId(), moduleId).orElseGet(() -> progresses.start(learner, moduleId));
        remember(progress);
        int last = content.stepCount();
        if (step == null || step < 1) {
            step = completed ? last + 1 : reached;
        }
        step = Math.min(step, Math.min(reached, last + 1));
        if (step > last && !completed) {
            step = last;
        }
        prepareStep();
    }

    private void remember(Progress progress) {
        progressId = progress.getId();
        reached = progress.getCurrentStep();
        completed = progress.isCompleted();
        content = learners.content(progress.getModuleVersion());
        title = content.title().in(language.getLocale());
        passMark = content.passMark();
        quizScore = progress.getQuizScore();
        rating = progress.getRating();
        ratingComment = progress.getRatingComment();
    }

    private void prepareStep() {
        choice = null;
        choiceChecked = false;
        quizSubmitted = false;
        reflection = null;
        Step current = getCurrent();
        if (current == null) {
            return;
        }
        String saved = progresses.answerOf(progressId, step).orElse(null);
        if (current instanceof Step.Scenario) {
            choice = saved;
            choiceChecked = saved != null;
        } else if (current instanceof Step.Quiz quiz) {
            clearQuiz(quiz);
            if (saved != null && quizPassed()) {
                restoreQuiz(saved, quiz);
                quizSubmitted = true;
            }
        } else if (current instanceof Step.Reflection) {
            reflection = saved;
        }
    }

    // --- Navigation ------------------------------------------------------------------------------------------

    public String next() {
        Step current = getCurrent();
        if (current instanceof Step.Scenario && !choiceChecked) {
            Messages.addGlobalError(language.text("player.chooseFirst"));
            return null;
        }
        if (current instanceof Step.Quiz && !(quizSubmitted && quizPassed())) {
            Messages.addGlobalError(language.text("player.passQuizFirst", passMark));
            return null;
        }
        if (current instanceof Step.Reflection) {
            saveReflection();
        }
        boolean last = step >= content().stepCount();
        if (!saved(() -> {
            if (last) {
                progresses.complete(progressId, step);
            } else {
                progresses.reach(progressId, step + 1);
            }
        })) {
            Messages.addGlobalError(language.text("player.changedMeanwhile"));
            return null;
        }
        return go(step + 1);
    }

    private static final int MOVE_ATTEMPTS = 3;

    /**
     * Runs a move on, again (up to {@value #MOVE_ATTEMPTS} times in all) when the learner's progress was saved from
     * another window or device at the same moment: a move on keeps the furthest step, so a second try loses nothing.
     * Whether it was saved.
     */
    static boolean saved(Runnable move) {
        for (int attempt = 1; attempt <= MOVE_ATTEMPTS; attempt++) {
            try {
                move.run();
                return true;
            } catch (RuntimeException e) {
                if (!savedMeanwhile(e)) {
                    throw e;
                }
            }
        }
        return false;
    }

    private static boolean savedMeanwhile(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }

    public String back() {
        if (getCurrent() instanceof Step.Reflection) {
            saveReflection();
        }
        return go(Math.max(1, step - 1));
    }

    private String go(int target) {
        return "/learning/module?faces-redirect=true&id=" + moduleId + "&step=" + target;
    }

    // --- Scenario --------------------------------------------------------------------------------------------

    public void checkChoice() {
        if (choice == null) {
            Messages.addGlobalError(language.text("player.chooseFirst"));
            return;
        }
        progresses.answer(progressId, step, choice);
        choiceChecked = true;
    }

    public Step.Choice getChosen() {
        Step.Scenario scenario = (Step.Scenario) getCurrent();
        return choice == null ? null : scenario.choices().get(Integer.parseInt(choice));
    }

    // --- Quiz ------------------------------------------------------------------------------------------------

    public void submitQuiz() {
        Step.Quiz quiz = (Step.Quiz) getCurrent();
        List<Set<Integer>> answers = chosen(quiz);
        for (int i = 0; i < answers.size(); i++) {
            if (answers.get(i).isEmpty()) {
                Messages.addGlobalError(language.text("player.answerAll", i + 1));
                return;
            }
        }
        QuizMarking.Mark mark = QuizMarking.mark(quiz, answers, passMark);
        progresses.quizAttempt(progressId, step, QuizMarking.stored(answers), mark.score(), mark.passed());
        quizScore = mark.score();
        quizSubmitted = true;
    }

    public void retryQuiz() {
        clearQuiz((Step.Quiz) getCurrent());
        quizSubmitted = false;
        quizScore = null;
    }

    private void clearQuiz(Step.Quiz quiz) {
        single = new String[quiz.questions().size()];
        multiple = new String[quiz.questions().size()][];
    }

    private List<Set<Integer>> chosen(Step.Quiz quiz) {
        List<Set<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < quiz.questions().size(); i++) {
            Set<Integer> set = new HashSet<>();
            if (quiz.questions().get(i).multiple()) {
                if (multiple[i] != null) {
                    Arrays.stream(multiple[i]).map(Integer::valueOf).forEach(set::add);
                }
            } else if (single[i] != null) {
                set.add(Integer.valueOf(single[i]));
            }
            answers.add(set);
        }
        return answers;
    }

    private void restoreQuiz(String saved, Step.Quiz quiz) {
        List<Set<Integer>> answers = QuizMarking.answers(saved, quiz);
        for (int i = 0; i < answers.size(); i++) {
            String[] options = answers.get(i).stream().map(String::valueOf).toArray(String[]::new);
            if (quiz.questions().get(i).multiple()) {
                multiple[i] = options;
            } else if (options.length > 0) {
                single[i] = options[0];
            }
        }
    }

    public boolean quizPassed() {
        return quizScore != null && quizScore >= passMark;
    }

    /** Whether the learner answered question {@code index} correctly (after submitting). */
    public boolean rightAnswer(int index) {
        Step.Quiz quiz = (Step.Quiz) getCurrent();
        return quiz.questions().get(index).answeredBy(chosen(quiz).get(index));
    }

    // --- Reflection and completion ---------------------------------------------------------------------------

    public void saveReflection() {
        progresses.answer(progressId, step, reflection == null ? "" : reflection);
    }

    public void rate() {
        progresses.rate(progressId, rating, ratingComment);
        Messages.addGlobalInfo(language.text("player.thanks"));
    }

    // --- For the page ----------------------------------------------------------------------------------------

    private ModuleContent content() {
        if (content == null) {
            // After the view was restored from another node or a passivated session.
            Progress progress =
                    progresses.latest(currentUser.getPerson().getId(), moduleId).orElseThrow();
            content = learners.content(progress.getModuleVersion());
        }
        return content;
    }

    /**
     * The language the module's steps are shown in: the page's where the module is written in it (Swedish is
     * optional), else English; the page marks the steps with it.
     */
    public String getContentLanguage() {
        return content().language(language.getTag());
    }

    /** The step being shown, or {@code null} on the completion page. */
    public Step getCurrent() {
        List<Step> steps = content().steps(language.getTag());
        return step != null && step >= 1 && step <= steps.size() ? steps.get(step - 1) : null;
    }

    /** Options of a quiz question as select items whose values are their positions. */
    public List<SelectItem> options(Step.Question question) {
        return byPosition(question.options().stream().map(Step.Option::text).toList());
    }

    /** Choices of the scenario as select items whose values are their positions. */
    public List<SelectItem> getChoiceItems() {
        return byPosition(((Step.Scenario) getCurrent())
                .choices().stream().map(Step.Choice::text).toList());
    }

    private static List<SelectItem> byPosition(List<String> labels) {
        return IntStream.range(0, labels.size())
                .mapToObj(i -> new SelectItem(String.valueOf(i), labels.get(i)))
                .toList();
    }

    public String html(String markdown) {
        return Markdown.toHtml(markdown, n -> "?id=" + moduleId + "&step=" + n);
    }

    public int getStepCount() {
        return content().stepCount();
    }

    public int getPercent() {
        return completed && step > getStepCount() ? 100 : 100 * (step - 1) / getStepCount();
    }

    public boolean isCompletionPage() {
        return step != null && step > getStepCount();
    }

    public String kindLabel(Step s) {
        return language.text("step." + s.kind().name().toLowerCase());
    }

    public Progress getProgress() {
        return progresses.latest(currentUser.getPerson().getId(), moduleId).orElse(null);
    }

    public String getQuizHelp() {
        return language.text("player.quizHelp", passMark);
    }

    public void setChoice(String choice) {
        if (!Objects.equals(this.choice, choice)) {
            this.choiceChecked = false;
        }
        this.choice = choice;
    }
}
