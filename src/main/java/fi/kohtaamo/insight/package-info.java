/**
 * Insight: shows the HR training people have taken beside how customer and employee satisfaction moved. Every number
 * comes with an honest statistic — a 95 % interval or a p-value — so that a change is not mistaken for an effect.
 */
package fi.kohtaamo.insight;
