package fi.kohtaamo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.io.Writer;
import org.junit.jupiter.api.Test;

class AccessibleMessagesRendererTest {

    @Test
    void aMessageItemLosesOnlyItsAlertRole() throws IOException {
        Recording recording = new Recording();
        ResponseWriter writer = new AccessibleMessagesRenderer.WithoutAlertRole(recording);
        writer.startElement("li", null);
        writer.writeAttribute("role", "alert", null);
        writer.writeAttribute("aria-atomic", "true", null);
        writer.writeAttribute("role", "status", null);
        writer.writeText("Write what the team will do.", null);
        writer.endElement("li");

        assertThat(recording.written.toString())
                .isEqualTo("<li aria-atomic=\"true\" role=\"status\">Write what the team will do.</li>");
    }

    /** A writer that writes elements as plain text, enough to see which attributes reach it. */
    private static final class Recording extends ResponseWriter {

        final StringBuilder written = new StringBuilder();
        private boolean open;

        private void closeStart() {
            if (open) {
                written.append('>');
                open = false;
            }
        }

        @Override
        public void startElement(String name, UIComponent component) {
            closeStart();
            written.append('<').append(name);
            open = true;
        }

        @Override
        public void endElement(String name) {
            closeStart();
            written.append("</").append(name).append('>');
        }

        @Override
        public void writeAttribute(String name, Object value, String property) {
            written.append(' ').append(name).append("=\"").append(value).append('"');
        }

        @Override
        public void writeURIAttribute(String name, Object value, String property) {
            writeAttribute(name, value, property);
        }

        @Override
        public void writeText(Object text, String property) {
            closeStart();
            written.append(text);
        }

        @Override
        public void writeText(char[] text, int offset, int length) {
            writeText(new String(text, offset, length), null);
        }

        @Override
        public void writeComment(Object comment) {}

        @Override
        public String getContentType() {
            return "text/html";
        }

        @Override
        public String getCharacterEncoding() {
            return "UTF-8";
        }

        @Override
        public void startDocument() {}

        @Override
        public void endDocument() {}

        @Override
        public ResponseWriter cloneWithWriter(Writer writer) {
            return this;
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            writeText(chars, offset, length);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}
