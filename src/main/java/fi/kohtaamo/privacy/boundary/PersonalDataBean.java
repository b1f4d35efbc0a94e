package fi.kohtaamo.privacy.boundary;

import fi.kohtaamo.organisation.control.CurrentUser;
import fi.kohtaamo.organisation.entity.Role;
import fi.kohtaamo.platform.i18n.Language;
import fi.kohtaamo.platform.security.AccessDenied;
import fi.kohtaamo.privacy.control.PersonalData;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.omnifaces.util.Messages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The personal data section of the person page, for administrators only (HR sees the page without it): download
 * everything about the person as JSON, or erase them after confirming.
 */
@Named
@RequestScoped
public class PersonalDataBean {

    @Inject
    PersonalData personalData;

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    /** The person's data as an indented JSON file. */
    public StreamedContent download(Long personId) {
        requireAdmin();
        JsonObject document = personalData.export(personId);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(bytes, StandardCharsets.UTF_8)) {
            writer.writeObject(document);
        }
        byte[] json = bytes.toByteArray();
        return DefaultStreamedContent.builder()
                .name("kohtaamo-personal-data-" + personId + ".json")
                .contentType("application/json; charset=UTF-8")
                .stream(() -> new ByteArrayInputStream(json))
                .build();
    }

    /** Erases the person and shows them again under their pseudonym. */
    public String erase(Long personId) {
        requireAdmin();
        if (currentUser.getPerson().getId().equals(personId)) {
            Messages.addGlobalError(language.text("personalData.eraseSelf"));
            return null;
        }
        String pseudonym = personalData.erase(currentUser.getPerson(), personId);
        Messages.addFlashGlobalInfo(language.text("personalData.erased", pseudonym));
        return "/organisation/person?faces-redirect=true&id=" + personId;
    }

    private void requireAdmin() {
        if (!currentUser.is(Role.ADMIN)) {
            throw new AccessDenied("Only administrators handle personal data");
        }
    }
}
