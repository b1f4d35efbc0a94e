package fi.kohtaamo.survey.boundary;

import fi.kohtaamo.organisation.control.CurrentUser;
import fi.kohtaamo.organisation.control.Oversight;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.platform.i18n.Language;
import fi.kohtaamo.platform.web.PublicAddress;
import fi.kohtaamo.survey.control.QrCodes;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;
import lombok.Getter;
import lombok.Setter;

/**
 * A printable poster of a unit's customer survey: a QR code and the short address, with the invitation in Finnish,
 * Swedish and English, for a counter, a door or a receipt. HR prints any unit's poster, a supervisor their own units'.
 * The address starts with {@code KOHTAAMO_BASE_URL} when set, otherwise with the address Kohtaamo was reached at if
 * that is an allowed host ({@link fi.kohtaamo.platform.web.PublicAddress}).
 */
@Named
@RequestScoped
public class SurveyPosterBean {

    @Inject
    CurrentUser currentUser;

    @Inject
    Oversight oversight;

    @Inject
    PublicAddress publicAddress;

    @Getter
    @Setter
    private Long unitId;

    @Getter
    private Unit unit;

    @Getter
    private String address;

    public void load() {
        unit = oversight.scope(currentUser.getPerson(), unitId).required();
        unitId = unit.getId();
        HttpServletRequest request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        String base = publicAddress
                .configured()
                .or(() -> publicAddress.origin(request).map(origin -> origin + request.getContextPath()))
                .orElseGet(publicAddress::forMail);
        address = base + "/survey/respond?unit=" + URLEncoder.encode(unit.getCode(), StandardCharsets.UTF_8);
    }

    public String getQrCode() {
        return QrCodes.svg(address, text("en", "poster.qrLabel") + " " + unit.getName());
    }

    /** The poster's texts come in all three languages at once, whatever the reader's own language. */
    public String text(String language, String key) {
        return ResourceBundle.getBundle(Language.BUNDLE, Locale.forLanguageTag(language))
                .getString(key);
    }
}
