package fi.kohtaamo.workshop.boundary;

import fi.kohtaamo.content.entity.Factor;
import fi.kohtaamo.platform.i18n.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.ResourceBundle;

/**
 * The words the customer-path map editor ({@code path-map.js}) shows, in the page's language, as JSON for its
 * {@code data-texts} attribute: every {@code pathMap.*} text and the six factors a commitment can address.
 */
@Named
@RequestScoped
public class PathMapEditorBean {

    @Inject
    Language language;

    private String texts;

    public String getTexts() {
        if (texts == null) {
            ResourceBundle bundle = ResourceBundle.getBundle(Language.BUNDLE, language.getLocale());
            JsonObjectBuilder json = Json.createObjectBuilder();
            bundle.keySet().stream()
                    .filter(key -> key.startsWith("pathMap."))
                    .forEach(key -> json.add(key.substring("pathMap.".length()), bundle.getString(key)));
            JsonArrayBuilder factors = Json.createArrayBuilder();
            for (Factor factor : Factor.values()) {
                factors.add(Json.createObjectBuilder()
                        .add("id", factor.id())
                        .add("name", bundle.getString(factor.messageKey())));
            }
            texts = json.add("factors", factors).build().toString();
        }
        return texts;
    }
}
