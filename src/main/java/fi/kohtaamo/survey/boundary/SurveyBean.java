package fi.kohtaamo.survey.boundary;

import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.platform.i18n.Language;
import fi.kohtaamo.platform.security.AnonymousSessions;
import fi.kohtaamo.survey.control.Invitations;
import fi.kohtaamo.survey.control.Responses;
import fi.kohtaamo.survey.control.SubmissionGuard;
import fi.kohtaamo.survey.entity.Channel;
import fi.kohtaamo.survey.entity.CustomerResponse;
import fi.kohtaamo.survey.entity.Source;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Kohtaamo's own customer survey for one unit, open to anyone with the unit's link: how likely they are to recommend
 * the unit (0–10), optionally how satisfied they were (1–5), and the main reason for their score. In Finnish, Swedish
 * or English; no sign-in.
 */
@Named
@ViewScoped
public class SurveyBean implements Serializable {

    public static final List<String> LANGUAGES = List.of("fi", "sv", "en");

    @Inject
    Units units;

    @Inject
    Responses responses;

    @Inject
    SubmissionGuard guard;

    @Inject
    Invitations invitations;

    private String unitCode;
    private String token;
    private Invitations.LinkState linkState;
    private String lang;
    private String unitName;
    private Long unitId;
    private Integer nps;
    private Integer csat;
    private String reason;
    private String website;
    private Instant opened;
    private boolean answered;

    public void load() throws IOException {
        Unit unit;
        if (token != null) {
            Invitations.Link link = invitations.link(token);
            linkState = link.state();
            unit = link.unit();
        } else {
            unit = unitCode == null
                    ? null
                    : units.findByCode(unitCode).filter(Unit::isActive).orElse(null);
        }
        if (unit == null) {
            Faces.responseSendError(404, "No such unit");
            return;
        }
        AnonymousSessions.answering(Faces.getSession());
        unitId = unit.getId();
        unitName = unit.getName();
        if (lang == null || !LANGUAGES.contains(lang)) {
            lang = FacesContext.getCurrentInstance()
                            .getExternalContext()
                            .getRequestLocales()
                            .hasNext()
                    ? bestOf(FacesContext.getCurrentInstance()
                            .getExternalContext()
                            .getRequestLocales())
                    : "fi";
        }
        opened = Instant.now();
    }

    private static String bestOf(java.util.Iterator<Locale> requested) {
        while (requested.hasNext()) {
            String language = requested.next().getLanguage();
            if (LANGUAGES.contains(language)) {
                return language;
            }
        }
        return "fi";
    }

    public void submit() {
        if (nps == null) {
            Messages.addError("survey:nps", text("survey.npsRequired"));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        String client = ((HttpServletRequest)
                        FacesContext.getCurrentInstance().getExternalContext().getRequest())
                .getRemoteAddr();
        switch (guard.check(client, website, opened)) {
            case TOO_MANY -> Messages.addGlobalError(text("survey.tooMany"));
            case AUTOMATED -> Messages.addGlobalError(text("survey.automated"));
            default -> {
                if (token != null) {
                    linkState = invitations.answer(token, nps, csat, reason);
                    answered = linkState == Invitations.LinkState.OPEN;
                    return;
                }
                responses.record(List.of(new CustomerResponse(
                        units.find(unitId).orElseThrow(),
                        LocalDateTime.now(),
                        nps,
                        csat,
                        reason,
                        Channel.VISIT,
                        Source.SURVEY,
                        null)));
                answered = true;
            }
        }
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(lang == null ? "fi" : lang);
    }

    public String text(String key) {
        return ResourceBundle.getBundle(Language.BUNDLE, getLocale()).getString(key);
    }

    public List<Integer> getScale() {
        return List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    }

    public List<String> getLanguages() {
        return LANGUAGES;
    }

    /** Whether the form is shown: the unit link always, a one-time link until it is answered or expires. */
    public boolean isOpen() {
        return !answered && (token == null || linkState == Invitations.LinkState.OPEN);
    }

    /** A closed one-time link: {@code ANSWERED} or {@code EXPIRED}; otherwise null. */
    public String getClosedLink() {
        return token == null || answered || linkState == Invitations.LinkState.OPEN ? null : linkState.name();
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public String getLang() {
        return lang;
    }

    public void setLang(String lang) {
        this.lang = lang;
    }

    public String getUnitName() {
        return unitName;
    }

    public Integer getNps() {
        return nps;
    }

    public void setNps(Integer nps) {
        this.nps = nps;
    }

    public Integer getCsat() {
        return csat;
    }

    public void setCsat(Integer csat) {
        this.csat = csat;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public boolean isAnswered() {
        return answered;
    }
}
