package fi.kohtaamo.survey.control;

import fi.kohtaamo.organisation.control.DemoOrganisation;
import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.organisation.entity.UnitKind;
import fi.kohtaamo.platform.StartupOrder;
import fi.kohtaamo.survey.entity.Channel;
import fi.kohtaamo.survey.entity.CustomerResponse;
import fi.kohtaamo.survey.entity.Source;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;

/**
 * 24 months of customer responses for every demo unit, on the first start in demo mode. Units start around NPS 15–30
 * with noise and a December dip; after their training began (Southern Finland nine months ago, Western Finland four)
 * they improve over the following months, except Kenttähuolto Uusimaa, which trained but did not improve. Espoo and
 * Ostrobothnia, not yet trained, stay flat.
 */
@ApplicationScoped
public class DemoResponses {

    @Inject
    Clock clock;

    private static final Logger LOG = Logger.getLogger(DemoResponses.class.getName());
    private static final Map<String, Integer> TRAINED_MONTHS_AGO = Map.of("ETELA", 9, "LANSI", 4);
    private static final String COUNTER_EXAMPLE = "UUSIMAA-KH";
    private static final String NOT_TRAINED = "ESPOO-PP";
    private static final String[] COMMENTS = {
        "Ystävällinen ja nopea palvelu, kiitos!",
        "Jouduin odottamaan pitkään, eikä kukaan kertonut miksi.",
        "Asiani hoitui kerralla, vaikka se oli monimutkainen.",
        "Minua pallotettiin tiskiltä toiselle.",
        "Asentaja tuli sovittuun aikaan ja siivosi jälkensä.",
        "Vastaus sähköpostiin tuli vasta viikon päästä.",
        "Tack för god service!",
        "Henkilökunta huomasi minut heti, vaikka oli kiire."
    };

    @Inject
    DemoOrganisation demoOrganisation;

    @Inject
    Units units;

    @Inject
    Responses responses;

    void loadOnFirstStart(@Observes @Priority(StartupOrder.DEMO_RESPONSES) Startup startup) {
        demoOrganisation.loadOnce(CustomerResponse.class, 2024, this::load);
    }

    private void load(Random random) {
        List<CustomerResponse> all = new ArrayList<>();
        LocalDate thisMonth = LocalDate.now(clock).withDayOfMonth(1);
        for (Unit unit : units.all()) {
            if (unit.getKind() != UnitKind.UNIT || unit.getCode().equals("PP-HQ")) {
                continue;
            }
            String region = unit.getParent() == null ? "" : unit.getParent().getCode();
            Integer trainedAgo = unit.getCode().equals(NOT_TRAINED) ? null : TRAINED_MONTHS_AGO.get(region);
            double base = 15 + random.nextInt(16);
            for (int ago = 23; ago >= 0; ago--) {
                LocalDate month = thisMonth.minusMonths(ago);
                double target = base + (month.getMonthValue() == 12 ? -8 : 0);
                if (trainedAgo != null && ago < trainedAgo && !unit.getCode().equals(COUNTER_EXAMPLE)) {
                    target += Math.min(25, 4.0 * (trainedAgo - ago));
                }
                int count = 12 + random.nextInt(12);
                for (int i = 0; i < count; i++) {
                    LocalDateTime at = month.atStartOfDay()
                            .plusDays(random.nextInt(month.lengthOfMonth()))
                            .plusHours(8 + random.nextInt(9));
                    if (at.isAfter(LocalDateTime.now(clock))) {
                        continue;
                    }
                    all.add(response(unit, at, target, random));
                }
            }
        }
        responses.record(all);
        LOG.info(() -> "Demo customer responses loaded: " + all.size());
    }

    private static CustomerResponse response(Unit unit, LocalDateTime at, double targetNps, Random random) {
        double promoters = Math.max(0.02, Math.min(0.95, (0.7 + targetNps / 100) / 2));
        double detractors = Math.max(0.02, Math.min(0.95, (0.7 - targetNps / 100) / 2));
        double roll = random.nextDouble();
        int nps;
        int csat;
        if (roll < promoters) {
            nps = 9 + random.nextInt(2);
            csat = 4 + random.nextInt(2);
        } else if (roll < promoters + detractors) {
            nps = 2 + random.nextInt(5);
            csat = 1 + random.nextInt(3);
        } else {
            nps = 7 + random.nextInt(2);
            csat = 3 + random.nextInt(2);
        }
        String comment = random.nextInt(10) == 0 ? COMMENTS[random.nextInt(COMMENTS.length)] : null;
        Channel channel = Channel.values()[random.nextInt(3)];
        return new CustomerResponse(
                unit, at, nps, random.nextInt(4) == 0 ? null : csat, comment, channel, Source.IMPORT, null);
    }
}
