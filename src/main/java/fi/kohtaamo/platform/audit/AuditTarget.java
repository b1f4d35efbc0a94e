package fi.kohtaamo.platform.audit;

/**
 * What an audit event is about: a type ({@code person}, {@code survey_import}, {@code page} …), its id and a label
 * that stays readable after the thing itself has changed, and the unit it belongs to when there is one.
 *
 * <pre>{@code
 * audit.record(AuditAction.API_KEY_REVOKED, AuditTarget.of("api_key", key.getId(), key.getName()), null);
 * }</pre>
 *
 * @param type a lower-case noun, or {@code null} when the event is about nothing in particular (a sign-in)
 * @param id the thing's id as text, if it has one
 * @param label a name a reader recognises
 * @param unitId the unit the thing belongs to, if any
 */
public record AuditTarget(String type, String id, String label, Long unitId) {

    /** The type of events about a person. */
    public static final String PERSON = "person";

    /** Nothing in particular. */
    public static final AuditTarget NONE = new AuditTarget(null, null, null, null);

    public static AuditTarget of(String type, Object id, String label) {
        return new AuditTarget(type, id == null ? null : id.toString(), label, null);
    }

    /** A unit of the organisation, which the event also belongs to. */
    public static AuditTarget unit(Long id, String name) {
        return new AuditTarget("unit", id == null ? null : id.toString(), name, id);
    }

    /** A person: events about people are found by their id when the person is exported or erased. */
    public static AuditTarget person(Long id, String label, Long unitId) {
        return new AuditTarget(PERSON, id == null ? null : id.toString(), label, unitId);
    }
}
