/**
 * HR's view of the curriculum over time: every module and workshop guide with its versions, what changed between two
 * of them in words, who completed which version, and the request that completers of an earlier major version redo a
 * module. It reads what the learning and workshop features store and asks their control classes to act.
 */
package fi.kohtaamo.curriculum;
