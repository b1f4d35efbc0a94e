package fi.kohtaamo.platform.audit;

/**
 * What an audit event records. The names are stored in {@code audit_event.action} and name the texts
 * {@code audit.action.<NAME>} that the audit log page shows, so a name, once used, never changes.
 */
public enum AuditAction {
    SIGN_IN,
    SIGN_IN_FAILED,
    LOCKED_OUT,
    SIGN_OUT,
    ACCESS_DENIED,
    PERSON_CREATED,
    ROLES_CHANGED,
    PERSON_DEACTIVATED,
    PERSON_REACTIVATED,
    PERSON_ERASED,
    ACCOUNT_UNLOCKED,
    PERSONAL_DATA_EXPORTED,
    IMPORT_STARTED,
    IMPORT_CANCELLED,
    API_KEY_CREATED,
    API_KEY_REVOKED,
    EXPORTED,
    DELETED,
    UNIT_CREATED,
    UNIT_CHANGED,
    UNIT_MOVED,
    UNIT_DEACTIVATED,
    UNIT_REACTIVATED,
    PULSE_ROUND_OPENED,
    PULSE_ROUND_CLOSED,
    SETTING_CHANGED,
    INVITATION_DELAY_CHANGED,
    SCIM_TOKEN_CREATED,
    SCIM_TOKEN_REVOKED,
    PERSON_PROVISIONED,
    PEOPLE_IMPORTED,
    MODULE_REDO_ASKED
}
