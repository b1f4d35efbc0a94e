package fi.kohtaamo.casework.control;

import fi.kohtaamo.casework.entity.CaseState;
import fi.kohtaamo.casework.entity.RootCause;
import java.time.LocalDate;
import java.util.Set;

/**
 * Which steps a detractor case may take and what a resolution needs, each refusal as a {@link CaseProblem} naming the
 * form field and the message: a case goes new → acknowledged → contacted → resolved, one step at a time; a resolution
 * has a short note and a root cause, staff to coach only with the module they are to take, and a team commitment
 * only for a root cause among the six internal factors (the factor a commitment addresses).
 */
public final class CaseRules {

    /** The longest resolution note. */
    public static final int NOTE_MAX = 1000;

    /** The longest team commitment made of a case. */
    public static final int COMMITMENT_MAX = 500;

    private CaseRules() {}

    /** What the supervisor chose on resolving a case; only note and root cause are required. */
    public record Resolution(
            String note,
            String rootCause,
            String moduleId,
            Set<Long> staffIds,
            String commitment,
            LocalDate commitmentDue) {

        public Resolution {
            staffIds = staffIds == null ? Set.of() : Set.copyOf(staffIds);
            moduleId = moduleId == null || moduleId.isBlank() ? null : moduleId;
            commitment = commitment == null || commitment.isBlank() ? null : commitment.strip();
        }
    }

    /**
     * @throws CaseProblem (field {@code state}) unless {@code to} is the step after {@code from}
     */
    public static void requireStep(CaseState from, CaseState to) {
        if (from.next() == to) {
            return;
        }
        if (from == CaseState.RESOLVED) {
            throw new CaseProblem("state", "case.resolvedAlready");
        }
        String key = switch (to) {
            case NEW, ACKNOWLEDGED -> "case.acknowledgedAlready";
            case CONTACTED -> from == CaseState.NEW ? "case.acknowledgeFirst" : "case.contactedAlready";
            case RESOLVED -> "case.contactFirst";
        };
        throw new CaseProblem("state", key);
    }

    /**
     * The root cause of a resolution, once its fields pass.
     *
     * @param moduleKnown whether {@link Resolution#moduleId()}, if given, names a module there is
     * @throws CaseProblem naming the first field that breaks a rule
     */
    public static RootCause check(Resolution resolution, boolean moduleKnown) {
        if (resolution.note() == null || resolution.note().isBlank()) {
            throw new CaseProblem("note", "case.noteRequired");
        }
        if (resolution.note().strip().length() > NOTE_MAX) {
            throw new CaseProblem("note", "case.noteTooLong");
        }
        if (resolution.rootCause() == null || resolution.rootCause().isBlank()) {
            throw new CaseProblem("rootCause", "case.rootCauseRequired");
        }
        RootCause cause = RootCause.parse(resolution.rootCause())
                .orElseThrow(() -> new CaseProblem("rootCause", "case.rootCauseUnknown"));
        if (resolution.moduleId() != null && !moduleKnown) {
            throw new CaseProblem("module", "case.moduleUnknown");
        }
        if (!resolution.staffIds().isEmpty() && resolution.moduleId() == null) {
            throw new CaseProblem("staff", "case.staffWithoutModule");
        }
        if (resolution.moduleId() != null && resolution.staffIds().isEmpty()) {
            throw new CaseProblem("staff", "case.moduleWithoutStaff");
        }
        if (resolution.commitment() != null) {
            if (cause.factor() == null) {
                throw new CaseProblem("commitment", "case.commitmentNeedsFactor");
            }
            if (resolution.commitment().length() > COMMITMENT_MAX) {
                throw new CaseProblem("commitment", "case.commitmentTooLong");
            }
        }
        return cause;
    }
}
