/**
 * The kernel: cross-cutting machinery every feature relies on — the database and its migrations, sign-in and roles,
 * health checks, languages, exports, metrics, the NPS arithmetic, the web layer's error handling and the audit log.
 *
 * <p>The dependency rule of {@code fi.kohtaamo} (checked by {@code DependencyRuleTest} in the unit tier):
 *
 * <ul>
 *   <li>the kernel depends on no feature; a feature that adds to a kernel service implements the kernel's interface
 *       for it (e.g. {@link fi.kohtaamo.platform.metrics.SharedGauges}, {@link fi.kohtaamo.platform.audit.Actors}) or observes its event (e.g.
 *       {@link fi.kohtaamo.platform.export.Exported});
 *   <li>{@code organisation} (people, units, roles) is a feature every other feature may use;
 *   <li>a feature uses another only through that one's {@code control} and {@code entity} classes, never its
 *       {@code boundary};
 *   <li>no two features, and no two parts of the kernel, depend on each other, in a pair or a longer cycle.
 * </ul>
 *
 * Signing in a person belongs to {@code organisation}; the language choice and the audit log learn about people
 * through {@link fi.kohtaamo.platform.i18n.ReaderChoices} and {@link fi.kohtaamo.platform.audit.Actors}, which it
 * implements.
 */
package fi.kohtaamo.platform;
