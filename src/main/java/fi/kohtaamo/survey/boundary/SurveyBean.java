package fi.kohtaamo.survey.boundary;

import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.platform.i18n.Language;
import fi.kohtaamo.survey.control.ContactDetails;
import fi.kohtaamo.survey.control.Invitations;
import fi.kohtaamo.survey.control.SubmissionGuard;
import fi.kohtaamo.survey.control.SurveyAnswers;
import fi.kohtaamo.survey.control.SurveyStamps;
import fi.kohtaamo.survey.entity.Channel;
import fi.kohtaamo.survey.entity.CustomerResponse;
import fi.kohtaamo.survey.entity.Source;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import lombok.Getter;
import lombok.Setter;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Kohtaamo's own customer survey for one unit, open to anyone with the unit's link: how likely they are to recommend
 * the unit (0–10), optionally how satisfied they were (1–5), and the main reason for their score. In Finnish, Swedish
 * or English; no sign-in.
 *
 * <p>The page keeps nothing on the server between opening and answering (no view state, no session): the form carries
 * the unit (or one-time link), the language and a signed stamp of when the page was opened ({@link SurveyStamps}),
 * so a flood of visits costs no memory and an answer lands on any node of a cluster.
 */
@Named
@RequestScoped
public class SurveyBean {

    @Inject
    Clock clock;

    public static final List<String> LANGUAGES = List.of("fi", "sv", "en");

    @Inject
    Units units;

    @Inject
    SurveyAnswers answers;

    @Inject
    SubmissionGuard guard;

    @Inject
    Invitations invitations;

    @Inject
    SurveyStamps stamps;

    @Inject
    FacesContext faces;

    @Getter
    private String unitCode;

    @Getter
    private String token;

    @Getter
    private String lang;

    private String stamp;
    private boolean resolved;
    private Unit unit;
    private Invitations.LinkState linkState;

    @Getter
    @Setter
    private Integer nps;

    @Getter
    @Setter
    private Integer csat;

    @Size(max = 4000, message = "{field.tooLong}")
    @Getter
    @Setter
    private String reason;

    /** A phone number or email so that the unit can contact the customer (only on the unit's own link). */
    @Size(max = ContactDetails.MAX, message = "{field.tooLong}")
    @Getter
    @Setter
    private String contact;

    @Getter
    @Setter
    private String website;

    @Getter
    private boolean answered;

    /** Reads the unit or one-time link and the language, from the address or from the posted form alike. */
    @PostConstruct
    void read() {
        Map<String, String> parameters = faces.getExternalContext().getRequestParameterMap();
        unitCode = blankToNull(parameters.get("unit"));
        token = blankToNull(parameters.get("t"));
        stamp = blankToNull(parameters.get("opened"));
        lang = parameters.get("lang");
        if (lang == null || !LANGUAGES.contains(lang)) {
            lang = bestOf(faces.getExternalContext().getRequestLocales());
        }
    }

    /** The page's view action: an unknown or closed unit, or an unknown link, is not found. */
    public void load() throws IOException {
        if (unit() == null) {
            Faces.responseSendError(404, "No such unit");
        }
    }

    private Unit unit() {
        if (!resolved) {
            resolved = true;
            if (token != null) {
                Invitations.Link link = invitations.link(token);
                linkState = link.state();
                unit = link.unit();
            } else if (unitCode != null) {
                unit = units.findByCode(unitCode).filter(Unit::isActive).orElse(null);
            }
        }
        return unit;
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

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public void submit() throws IOException {
        if (unit() == null) {
            Faces.responseSendError(404, "No such unit");
            return;
        }
        if (nps == null) {
            Messages.addError("survey:nps", text("survey.npsRequired"));
            faces.validationFailed();
            return;
        }
        String checkedContact = null;
        if (token == null && contact != null && !contact.isBlank()) {
            checkedContact = ContactDetails.check(contact).orElse(null);
            if (checkedContact == null) {
                Messages.addError("survey:contact", text("survey.contactInvalid"));
                faces.validationFailed();
                return;
            }
        }
        String client = ((HttpServletRequest) faces.getExternalContext().getRequest()).getRemoteAddr();
        Instant opened = stamps.opened(stamp).orElse(null);
        switch (guard.check(client, website, opened)) {
            case TOO_MANY -> Messages.addGlobalError(text("survey.tooMany"));
            // The form is shown again with the customer's choices, and the stamp keeps counting from the opening.
            case TOO_FAST -> Messages.addGlobalError(text("survey.tooFast"));
            case AUTOMATED -> Messages.addGlobalError(text("survey.automated"));
            default -> {
                if (token != null) {
                    linkState = invitations.answer(token, nps, csat, reason);
                    answered = linkState == Invitations.LinkState.OPEN;
                    return;
                }
                answers.record(
                        new CustomerResponse(
                                units.find(unit.getId()).orElseThrow(),
                                LocalDateTime.now(clock),
                                nps,
                                csat,
                                reason,
                                Channel.VISIT,
                                Source.SURVEY,
                                null),
                        checkedContact);
                answered = true;
            }
        }
    }

    /**
     * The stamp the form carries: the one it was posted with while that is genuine (so that correcting an answer does
     * not start the clock again), else a new one.
     */
    public String getStamp() {
        if (stamp == null || stamps.opened(stamp).isEmpty()) {
            stamp = stamps.issue();
        }
        return stamp;
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
        return !answered && unit() != null && (token == null || linkState == Invitations.LinkState.OPEN);
    }

    /** A closed one-time link: {@code ANSWERED} or {@code EXPIRED}; otherwise null. */
    public String getClosedLink() {
        unit();
        return token == null || answered || linkState == Invitations.LinkState.OPEN ? null : linkState.name();
    }

    public String getUnitName() {
        return unit() == null ? null : unit.getName();
    }
}
