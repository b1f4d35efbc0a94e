package fi.kohtaamo.platform.i18n;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.DateTimeConverter;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDateTime;

/**
 * {@code <k:convertTime>}: {@code <f:convertDateTime type="localDateTime">} for a time stored as the organisation's
 * wall time, shown in the zone of the page's reader ({@link ReaderZone}). It takes the same {@code dateStyle}, {@code
 * timeStyle} and {@code pattern}; the page's locale gives English day-month-year and a 24-hour clock ({@link
 * Language}). Registered in {@code WEB-INF/kohtaamo.taglib.xml}; shows times only, it does not read them back.
 */
@FacesConverter(ReaderTimeConverter.ID)
public class ReaderTimeConverter extends DateTimeConverter {

    public static final String ID = "fi.kohtaamo.ReaderTime";

    public ReaderTimeConverter() {
        setType("localDateTime");
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Object value) {
        Object shown = value instanceof LocalDateTime at
                ? CDI.current().select(ReaderZone.class).get().shown(at)
                : value;
        return super.getAsString(context, component, shown);
    }
}
