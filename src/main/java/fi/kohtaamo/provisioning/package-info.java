/**
 * Provisioning: identity providers (Entra ID, Okta) create, change, deactivate and move people between units over SCIM
 * 2.0 at {@code /scim/v2}, with a bearer token an administrator creates. Every change goes through the organisation's
 * own control classes, so it is audited and fires the same events as a change made on the people pages.
 */
package fi.kohtaamo.provisioning;
