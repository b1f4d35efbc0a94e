package fi.kohtaamo.platform;

import jakarta.interceptor.Interceptor;

/**
 * Every step Kohtaamo takes when it starts, in the order it takes them: the {@code @Priority} of each observer of
 * {@link jakarta.enterprise.event.Startup}. A new step takes its place here, between the steps it must follow and
 * precede, instead of counting from another feature's constant. The demo steps that build on the demo organisation
 * load through {@link DemoData}, which runs each only in demo mode and only while its table is empty.
 *
 * <pre>
 * void onStart(&#64;Observes &#64;Priority(StartupOrder.SYNC_MODULES) Startup startup) { ... }
 * </pre>
 */
public final class StartupOrder {

    /** Flyway brings the schema up to date; everything after it needs the schema. */
    public static final int MIGRATE_DATABASE = Interceptor.Priority.PLATFORM_BEFORE;

    /** The modules and tracks of {@code content/} into the database. */
    public static final int SYNC_MODULES = MIGRATE_DATABASE + 50;

    /** The workshop guides of {@code content/workshops}, right after the modules they refer to. */
    public static final int SYNC_GUIDES = SYNC_MODULES + 10;

    /** Demo mode: the organisation, its units and people, on the first start only. */
    public static final int DEMO_ORGANISATION = MIGRATE_DATABASE + 100;

    /** Demo mode: assignments and progress of the demo people. */
    public static final int DEMO_LEARNING = DEMO_ORGANISATION + 100;

    /** The training totals per unit, counted once the demo's learning exists. */
    public static final int TRAINING_TOTALS = DEMO_LEARNING + 50;

    /** Demo mode: workshop sessions, attendance and commitments. */
    public static final int DEMO_WORKSHOPS = DEMO_LEARNING + 100;

    /** Demo mode: customer responses per unit and month. */
    public static final int DEMO_RESPONSES = DEMO_WORKSHOPS + 160;

    /** Demo mode: pulse rounds and their answers. */
    public static final int DEMO_PULSE = DEMO_RESPONSES + 100;

    /** Demo mode: detractor cases in every state, from the demo's detractor comments. */
    public static final int DEMO_CASES = DEMO_PULSE + 50;

    /** Demo mode: the reminders the demo's data calls for, once all of it is there. */
    public static final int DEMO_REMINDERS = DEMO_PULSE + 100;

    /** Survey imports a stopped node left half-done continue, once everything else is in place. */
    public static final int RESUME_IMPORTS = Interceptor.Priority.APPLICATION + 900;

    /** Comments stored before their themes were read (or bulk-imported since) are read, after the imports resume. */
    public static final int READ_COMMENT_THEMES = RESUME_IMPORTS + 10;

    private StartupOrder() {}
}
