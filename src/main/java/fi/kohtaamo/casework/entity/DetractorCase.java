package fi.kohtaamo.casework.entity;

import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.survey.entity.CustomerResponse;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.LocalDateTime;
import lombok.Getter;

/**
 * A detractor's answer (NPS 0–6 with a comment) as the unit supervisor's case: opened with the response, acknowledged
 * (within the target, {@link #getAcknowledgeBy}), the customer contacted, and resolved with a note and a root cause,
 * possibly naming the module assigned to the staff involved or the team commitment made of it. The customer's contact
 * details, if they left any, stay only until the case is resolved or erased by age ({@link #eraseContact}).
 *
 * <p>The entity keeps its state consistent (one step forward at a time, a resolved case never changes); which steps a
 * request may take, with a message for the form, is decided in {@code CaseRules}.
 */
@Entity
@Table(name = "detractor_case")
@NamedQuery(name = "DetractorCase.ofResponse", query = "select c from DetractorCase c where c.response.id = :response")
@NamedQuery(
        name = "DetractorCase.openIn",
        query = "select c from DetractorCase c where c.unit.id in :units and c.state <> :resolved"
                + " order by c.openedAt, c.id")
@Getter
public class DetractorCase {

    @Id
    @SequenceGenerator(name = "detractor_case_seq", sequenceName = "detractor_case_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "detractor_case_seq")
    private Long id;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "response_id")
    private CustomerResponse response;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @Enumerated(EnumType.STRING)
    private CaseState state = CaseState.NEW;

    @Column(name = "opened_at")
    private LocalDateTime openedAt;

    @Column(name = "acknowledge_by")
    private LocalDateTime acknowledgeBy;

    @Column(name = "acknowledged_at")
    private LocalDateTime acknowledgedAt;

    @Column(name = "contacted_at")
    private LocalDateTime contactedAt;

    @Column(name = "resolved_at")
    private LocalDateTime resolvedAt;

    private String note;

    @Column(name = "root_cause")
    private String rootCauseId;

    @Column(name = "module_id")
    private String moduleId;

    @Column(name = "commitment_id")
    private Long commitmentId;

    private String contact;

    @Column(name = "contact_erased")
    private boolean contactErased;

    @Version
    private long version;

    protected DetractorCase() {}

    /**
     * A new case for the response, to be acknowledged within {@code target} of {@code openedAt}.
     *
     * @throws IllegalArgumentException unless the response is a detractor's with a comment
     */
    public DetractorCase(CustomerResponse response, LocalDateTime openedAt, Duration target) {
        if (!opensCase(response)) {
            throw new IllegalArgumentException("Only a detractor's answer with a comment opens a case");
        }
        this.response = response;
        this.unit = response.getUnit();
        this.openedAt = openedAt;
        this.acknowledgeBy = openedAt.plus(target);
    }

    /** Whether this answer opens a case: NPS 0–6 and a comment. */
    public static boolean opensCase(CustomerResponse response) {
        return response.getNps() <= 6 && response.getComment() != null;
    }

    /** Keeps how the customer asked to be contacted (already checked); nothing once the case is resolved. */
    public void leaveContact(String contact) {
        if (state.isOpen() && !contactErased) {
            this.contact = contact;
        }
    }

    /** Forgets the customer's contact details, for good. */
    public void eraseContact() {
        if (contact != null) {
            contact = null;
            contactErased = true;
        }
    }

    public void acknowledge(LocalDateTime at) {
        step(CaseState.ACKNOWLEDGED);
        acknowledgedAt = at;
    }

    public void contacted(LocalDateTime at) {
        step(CaseState.CONTACTED);
        contactedAt = at;
    }

    /** Resolves the case and erases the contact details, which are needed no longer. */
    public void resolve(LocalDateTime at, String note, RootCause rootCause, String moduleId, Long commitmentId) {
        if (note == null || note.isBlank() || rootCause == null) {
            throw new IllegalArgumentException("A resolved case has a note and a root cause");
        }
        step(CaseState.RESOLVED);
        resolvedAt = at;
        this.note = note.strip();
        this.rootCauseId = rootCause.id();
        this.moduleId = moduleId;
        this.commitmentId = commitmentId;
        eraseContact();
    }

    private void step(CaseState to) {
        if (state.next() != to) {
            throw new IllegalStateException("A case goes from " + state + " only to " + state.next() + ", not " + to);
        }
        state = to;
    }

    public RootCause getRootCause() {
        return RootCause.parse(rootCauseId).orElse(null);
    }

    /** Whether it was acknowledged by its target time (so far, for one not acknowledged yet). */
    public boolean acknowledgedInTime(LocalDateTime now) {
        return acknowledgedAt != null ? !acknowledgedAt.isAfter(acknowledgeBy) : !now.isAfter(acknowledgeBy);
    }

    /** The comment the case is about. */
    public String getComment() {
        return response.getComment();
    }
}
