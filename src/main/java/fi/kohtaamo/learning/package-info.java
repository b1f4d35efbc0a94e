/**
 * Learning: the modules and tracks employees and supervisors complete in the browser, who is assigned what by when,
 * and each learner's progress and completions, recorded with the module version they were earned on.
 */
package fi.kohtaamo.learning;
