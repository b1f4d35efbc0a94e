package fi.kohtaamo.workshop.boundary;

import fi.kohtaamo.platform.i18n.Language;
import fi.kohtaamo.workshop.control.Reactions;
import fi.kohtaamo.workshop.entity.WorkshopSession;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.Map;

/**
 * The attendees' answers to the one question after a session, on its page: n, mean and how many gave each answer,
 * only once the anonymity threshold is reached ({@link Reactions}); read once per request.
 */
@Named
@RequestScoped
public class SessionReactionsBean {

    @Inject
    Reactions reactions;

    @Inject
    Language language;

    private final Map<Long, Reactions.Summary> read = new HashMap<>();

    /** The summary of a session the page has already let the viewer see. */
    public Reactions.Summary of(WorkshopSession session) {
        return read.computeIfAbsent(session.getId(), id -> reactions.summary(session));
    }

    public String mean(Reactions.Summary summary) {
        NumberFormat format = NumberFormat.getNumberInstance(language.getLocale());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(summary.mean());
    }
}
