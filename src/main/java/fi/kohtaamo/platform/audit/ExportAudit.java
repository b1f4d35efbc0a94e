package fi.kohtaamo.platform.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Writes downloads to the audit log from pages, for exports that no bean of Kohtaamo's produces, such as PrimeFaces'
 * {@code p:dataExporter}. Add it as the export button's action listener:
 *
 * <pre>{@code
 * <p:commandButton ajax="false" actionListener="#{exportAudit.exported('team-progress', 'csv')}">
 *     <p:dataExporter type="csv" target="progress" fileName="team-progress"/>
 * </p:commandButton>
 * }</pre>
 */
@Named
@RequestScoped
public class ExportAudit {

    @Inject
    AuditLog audit;

    /** Records that the signed-in person downloaded {@code what} in this format. */
    public void exported(String what, String format) {
        audit.record(AuditAction.EXPORTED, AuditTarget.of("export", null, what), format);
    }
}
