package fi.kohtaamo.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' {@code p:messages} as it renders, except that each message's {@code li} keeps its list item role.
 * PrimeFaces gives every {@code li} {@code role="alert"}, which leaves its {@code ul} holding no list items: axe
 * reports that as a serious WCAG violation ({@code list}) on every page showing a message. The messages' container is
 * a polite live region already, so screen readers still announce each message. Registered in faces-config.xml.
 */
public class AccessibleMessagesRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessage(
            ResponseWriter writer, Messages messages, FacesMessage message, String severity, boolean escape)
            throws IOException {
        super.encodeMessage(new WithoutAlertRole(writer), messages, message, severity, escape);
    }

    /** A writer that leaves out {@code role="alert"} and writes everything else as given. */
    static final class WithoutAlertRole extends ResponseWriterWrapper {

        WithoutAlertRole(ResponseWriter wrapped) {
            super(wrapped);
        }

        @Override
        public void writeAttribute(String name, Object value, String property) throws IOException {
            if (!("role".equals(name) && "alert".equals(value))) {
                super.writeAttribute(name, value, property);
            }
        }
    }
}
