package fi.kohtaamo.survey.boundary;

import fi.kohtaamo.content.entity.Theme;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/**
 * A theme in an address by its id ({@code ?theme=bounced}); an unknown id fails conversion, which a page's
 * {@code o:viewParamValidationFailed sendError="404"} answers with 404.
 */
@FacesConverter(forClass = Theme.class)
public class ThemeConverter implements Converter<Theme> {

    @Override
    public Theme getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Theme.of(value.strip());
        } catch (IllegalArgumentException e) {
            throw new ConverterException(e.getMessage(), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Theme value) {
        return value == null ? "" : value.id();
    }
}
