/**
 * The arithmetic of Net Promoter Scores that the customer survey, the employee pulse and the insight views share: the
 * score, its margin of error and the tallies it is computed from. It depends on nothing, so every feature may use it.
 */
package fi.kohtaamo.platform.stats;
