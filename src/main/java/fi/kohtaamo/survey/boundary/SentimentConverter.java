package fi.kohtaamo.survey.boundary;

import fi.kohtaamo.content.entity.Sentiment;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.util.Arrays;

/** A sentiment in an address by its id ({@code ?sentiment=complaint}); an unknown id fails conversion (404). */
@FacesConverter(forClass = Sentiment.class)
public class SentimentConverter implements Converter<Sentiment> {

    @Override
    public Sentiment getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(Sentiment.values())
                .filter(s -> s.id().equals(value.strip()))
                .findFirst()
                .orElseThrow(() -> new ConverterException("unknown sentiment \"" + value + "\""));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Sentiment value) {
        return value == null ? "" : value.id();
    }
}
