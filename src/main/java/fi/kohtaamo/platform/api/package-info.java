/**
 * The keys other systems call Kohtaamo's API with: creating, revoking and admitting them, each for one purpose. Every
 * feature's API resources let calls in through it, so no feature needs another's keys.
 */
package fi.kohtaamo.platform.api;
