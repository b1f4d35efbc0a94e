/**
 * The curriculum as files: training modules, tracks and workshop facilitator guides under {@code content/}, in
 * Finnish and English. This feature reads and validates them and renders their Markdown safely; the learning and
 * workshop features store and use what it reads.
 */
package fi.kohtaamo.content;
