package fi.kohtaamo.home.boundary;

import fi.kohtaamo.home.control.Cockpit;
import fi.kohtaamo.home.control.Cockpits;
import fi.kohtaamo.home.control.Sparkline;
import fi.kohtaamo.insight.control.UnitAdvice;
import fi.kohtaamo.organisation.control.CurrentUser;
import fi.kohtaamo.organisation.control.Oversight;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.platform.i18n.Language;
import fi.kohtaamo.platform.i18n.LocalizedHeading;
import fi.kohtaamo.pulse.control.Pulses;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import lombok.Getter;
import lombok.Setter;

/**
 * The supervisor's cockpit: for one unit they lead (chosen with {@code ?unit=} when they lead several, checked through
 * {@link Oversight#scope}, so an id outside their oversight is refused as everywhere else), where the unit stands and
 * the one thing to do next. Worked out once per request in {@link #load}.
 */
@Named
@RequestScoped
public class SupervisorHomeBean {

    @Inject
    CurrentUser currentUser;

    @Inject
    Oversight oversight;

    @Inject
    Cockpits cockpits;

    @Inject
    Pulses pulses;

    @Inject
    Language language;

    @Inject
    UnitAdvice unitAdvice;

    @Getter
    @Setter
    private Long unitId;

    /** The units the supervisor leads, to switch between; empty when they lead none. */
    @Getter
    private List<Unit> ledUnits = List.of();

    /** The shown unit's cockpit, or null when the supervisor oversees no unit. */
    @Getter
    private Cockpit cockpit;

    @Getter
    private int pulseThreshold;

    /** What the shown unit should work on next, beside the one next step; null when the supervisor oversees no unit. */
    @Getter
    private UnitAdvice.Shown advice;

    public void load() {
        Person supervisor = currentUser.getPerson();
        Oversight.Scope scope = oversight.scope(supervisor, unitId);
        ledUnits = supervisor.getSupervisedUnits().stream()
                .filter(Unit::isActive)
                .filter(u -> scope.overseen().contains(u.getId()))
                .sorted(Comparator.comparing(Unit::getName))
                .toList();
        pulseThreshold = pulses.threshold();
        if (scope.isEmpty()) {
            return;
        }
        unitId = scope.unit().getId();
        cockpit = cockpits.of(supervisor, scope);
        advice = unitAdvice.shown(scope.unit(), scope.unitIds(), language.getLocale(), language::text);
    }

    /** The title of a module, guide or track in the page's language. */
    public String title(LocalizedHeading heading) {
        return heading == null ? "" : heading.getTitle().in(language.getLocale());
    }

    public String getSparkline() {
        return Sparkline.svg(cockpit.nps().year());
    }

    /** The recommended next step in the page's language. */
    public String getNextStepText() {
        return cockpit.nextStepText(language.getLocale(), language::text);
    }
}
