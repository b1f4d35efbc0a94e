package fi.kohtaamo.platform.config;

import fi.kohtaamo.platform.audit.AuditAction;
import fi.kohtaamo.platform.audit.AuditLog;
import fi.kohtaamo.platform.audit.AuditTarget;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Kohtaamo's settings: those fixed at start from MicroProfile Config (environment variables such as {@code
 * KOHTAAMO_DEMO}, system properties, {@code META-INF/microprofile-config.properties}), and the organisation-wide
 * switches HR changes at run time, kept in the database. Every change of those is written to the audit log in the
 * same transaction.
 *
 * <p>A start-time setting with a value it cannot use keeps its default and says so in one warning when Kohtaamo starts
 * (naming the variable, the value and the default), as a database setting that is not a number reads as its default.
 */
@ApplicationScoped
public class Settings {

    /**
     * The least time between opening the customer survey and sending it, unless {@code
     * KOHTAAMO_SURVEY_FASTEST_ANSWER_SECONDS} says otherwise.
     */
    public static final Duration FASTEST_SURVEY_ANSWER = Duration.ofSeconds(2);

    /**
     * How long a node holds a background job's lease (a survey import) without renewing it, unless {@code
     * KOHTAAMO_IMPORT_LEASE_SECONDS} says otherwise: after a node dies, another takes the job over when it runs out.
     */
    public static final Duration IMPORT_LEASE = Duration.ofMinutes(2);

    /** The shortest import lease: the holder renews it four times in its length, over a database round trip. */
    static final Duration SHORTEST_IMPORT_LEASE = Duration.ofSeconds(8);

    private static final Logger LOG = Logger.getLogger(Settings.class.getName());

    @Inject
    @ConfigProperty(name = "kohtaamo.demo")
    Optional<Boolean> demo;

    @Inject
    @ConfigProperty(name = "kohtaamo.db.url")
    Optional<String> databaseUrl;

    @Inject
    @ConfigProperty(name = "kohtaamo.survey.fastest.answer.seconds")
    Optional<String> fastestSurveyAnswerSeconds;

    @Inject
    @ConfigProperty(name = "kohtaamo.import.lease.seconds")
    Optional<String> importLeaseSeconds;

    private Duration fastestSurveyAnswer;

    private Duration importLease;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    /** Reads the start-time settings that need checking once, so that a bad value is reported as Kohtaamo starts. */
    @PostConstruct
    void readAtStart() {
        fastestSurveyAnswer =
                seconds("KOHTAAMO_SURVEY_FASTEST_ANSWER_SECONDS", fastestSurveyAnswerSeconds, FASTEST_SURVEY_ANSWER);
        importLease = seconds("KOHTAAMO_IMPORT_LEASE_SECONDS", importLeaseSeconds, IMPORT_LEASE);
        if (importLease.compareTo(SHORTEST_IMPORT_LEASE) < 0) {
            LOG.warning(() -> "KOHTAAMO_IMPORT_LEASE_SECONDS must be at least " + SHORTEST_IMPORT_LEASE.toSeconds()
                    + ", but it is " + importLease.toSeconds() + ": " + SHORTEST_IMPORT_LEASE.toSeconds()
                    + " s is used instead");
            importLease = SHORTEST_IMPORT_LEASE;
        }
    }

    /** Whether supervisors must complete the supervisor track before they schedule workshops. */
    public static final String REQUIRE_SUPERVISOR_TRACK = "workshop.requireSupervisorTrack";

    public boolean flag(String name) {
        Setting setting = em.find(Setting.class, name);
        return setting != null && Boolean.parseBoolean(setting.getValue());
    }

    /** The smallest group whose pulse results are shown; never below 3. */
    public static final String PULSE_THRESHOLD = "pulse.threshold";

    public int number(String name, int otherwise) {
        Setting setting = em.find(Setting.class, name);
        try {
            return setting == null ? otherwise : Integer.parseInt(setting.getValue());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /** A setting's text, if it has been set. */
    public Optional<String> text(String name) {
        return Optional.ofNullable(em.find(Setting.class, name)).map(Setting::getValue);
    }

    /** Sets a setting unless it has a value already, in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void setIfAbsent(String name, String value) {
        if (em.find(Setting.class, name) == null) {
            em.persist(new Setting(name, value));
        }
    }

    @Transactional
    public void setNumber(String name, int value) {
        set(name, String.valueOf(value));
    }

    @Transactional
    public void setFlag(String name, boolean on) {
        set(name, String.valueOf(on));
    }

    private void set(String name, String value) {
        Setting setting = em.find(Setting.class, name);
        String before = setting == null ? null : setting.getValue();
        if (value.equals(before)) {
            return;
        }
        if (setting == null) {
            em.persist(new Setting(name, value));
        } else {
            setting.setValue(value);
        }
        audit.record(
                AuditAction.SETTING_CHANGED,
                AuditTarget.of("setting", name, name),
                (before == null ? "default" : before) + " → " + value);
    }

    /**
     * Whether demo data is loaded into an empty database: {@code KOHTAAMO_DEMO} says so, and without it demo mode is
     * on exactly when Kohtaamo runs on its embedded H2 database.
     */
    public boolean demoMode() {
        return demo.orElseGet(
                () -> databaseUrl.map(url -> url.startsWith("jdbc:h2:")).orElse(true));
    }

    /**
     * How soon after opening the customer survey an answer may be sent ({@code KOHTAAMO_SURVEY_FASTEST_ANSWER_SECONDS},
     * {@link #FASTEST_SURVEY_ANSWER} by default); zero means at once.
     */
    public Duration fastestSurveyAnswer() {
        return fastestSurveyAnswer;
    }

    /**
     * How long a node holds a survey import's lease without renewing it ({@code KOHTAAMO_IMPORT_LEASE_SECONDS},
     * {@link #IMPORT_LEASE} by default, at least {@link #SHORTEST_IMPORT_LEASE}).
     */
    public Duration importLease() {
        return importLease;
    }

    /**
     * A whole number of seconds, zero or more, from a start-time setting; {@code otherwise} when it is not set, and,
     * with a warning that names the variable, when it is not such a number.
     */
    static Duration seconds(String variable, Optional<String> value, Duration otherwise) {
        String text = value.map(String::strip).orElse("");
        if (text.isEmpty()) {
            return otherwise;
        }
        try {
            long seconds = Long.parseLong(text);
            if (seconds >= 0) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException e) {
            // Reported below, like a negative number.
        }
        LOG.warning(() -> variable + " must be a whole number of seconds, 0 or more, but it is \"" + text + "\": "
                + otherwise.toSeconds() + " s is used instead");
        return otherwise;
    }
}
