package fi.kohtaamo.survey.control;

import fi.kohtaamo.content.entity.Theme;
import fi.kohtaamo.organisation.control.DemoOrganisation;
import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Unit;
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
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.logging.Logger;

/**
 * 24 months of customer responses for every demo unit, on the first start in demo mode, telling the story of
 * {@link DemoOrganisation#STORIES}. A unit's NPS each month is its own level (15–35), plus the season (a December dip, a
 * summer-holiday dip), plus what moved every unit that month, plus the unit's own noise that month; from the month of
 * its first workshop on, a trained unit also gains its story's effect, fully from the fourth month. Before their
 * starts, trained and not-yet-trained units therefore move alike; Kenttähuolto Uusimaa, the counter-example, loses
 * points instead. Each month's promoters and detractors are the shares of that month's NPS, rounded, so the noise is
 * the one described here and not the draw's.
 *
 * <p>About one answer in seven (some 750 in all) carries a comment, detractors' most often, in Finnish, Swedish or English as the unit's
 * customers speak: two in three complaints are of the unit's own complaint theme (the one its weakest factor
 * explains), the rest of any theme; praise is of the staff, their expertise and the speed.
 */
@ApplicationScoped
public class DemoResponses {

    @Inject
    Clock clock;

    private static final Logger LOG = Logger.getLogger(DemoResponses.class.getName());

    /** Points each calendar month adds to every unit's NPS, January first. */
    private static final int[] SEASON = {-2, 0, 1, 2, 3, 1, -4, -2, 1, 2, 0, -8};

    private static final int MONTHS = 24;

    /** Months until a trained unit's effect is whole. */
    private static final int RAMP = 4;

    /** A comment's texts in Finnish, Swedish and English. */
    record Texts(List<String> fi, List<String> sv, List<String> en) {
        String pick(String language, Random random) {
            List<String> texts = switch (language) {
                case "sv" -> sv;
                case "en" -> en;
                default -> fi;
            };
            return texts.get(random.nextInt(texts.size()));
        }
    }

    /** Complaints by theme. */
    static final Map<Theme, Texts> COMPLAINTS = complaints();

    /** Praise, for any unit. */
    static final Texts PRAISE = new Texts(
            List.of(
                    "Ystävällinen ja nopea palvelu, kiitos!",
                    "Asiani hoitui kerralla, vaikka se oli monimutkainen.",
                    "Erittäin asiantunteva virkailija, ratkaisi asiani heti.",
                    "Ei tarvinnut jonottaa ollenkaan.",
                    "Kiitos, todella kohtelias ja avulias virkailija!",
                    "Asentaja tuli sovitusti ja siivosi jälkensä.",
                    "Hyvää ja ystävällistä palvelua."),
            List.of(
                    "Tack för god service!",
                    "Mycket trevlig och kunnig personal.",
                    "Snabbt och smidigt, tack.",
                    "Vänligt bemötande och snabb hjälp.",
                    "Teknikern höll vad han lovade."),
            List.of(
                    "Friendly and quick service, thank you!",
                    "Very knowledgeable staff, they solved it straight away.",
                    "Great service, polite and patient.",
                    "No queue at all, in and out in minutes.",
                    "They kept their word and called back as agreed."));

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
        List<CustomerResponse> all = generate(units.all(), LocalDateTime.now(clock), random);
        responses.record(all);
        LOG.info(() -> "Demo customer responses loaded: " + all.size());
    }

    /** The responses of the units that have a story, for the 24 months up to {@code now}. */
    static List<CustomerResponse> generate(List<Unit> units, LocalDateTime now, Random random) {
        YearMonth thisMonth = YearMonth.from(now);
        double[] everyone = new double[MONTHS];
        for (int ago = 0; ago < MONTHS; ago++) {
            everyone[ago] = 2 * random.nextGaussian();
        }
        List<CustomerResponse> all = new ArrayList<>();
        for (Unit unit : units) {
            Optional<DemoOrganisation.Story> found = DemoOrganisation.story(unit.getCode());
            if (found.isEmpty()) {
                continue;
            }
            DemoOrganisation.Story story = found.get();
            double level = 15 + random.nextInt(21);
            for (int ago = MONTHS - 1; ago >= 0; ago--) {
                YearMonth month = thisMonth.minusMonths(ago);
                double nps = level + SEASON[month.getMonthValue() - 1] + everyone[ago] + 3 * random.nextGaussian();
                if (story.trained() && ago <= story.startedMonthsAgo()) {
                    nps += story.effect() * Math.min(1.0, (story.startedMonthsAgo() - ago + 1) / (double) RAMP);
                }
                int days = ago == 0 ? now.getDayOfMonth() : month.lengthOfMonth();
                int count = (12 + random.nextInt(12)) * days / month.lengthOfMonth();
                for (int category : categories(count, nps, random)) {
                    LocalDateTime at =
                            month.atDay(1 + random.nextInt(days)).atTime(8 + random.nextInt(9), random.nextInt(60));
                    if (!at.isAfter(now)) {
                        all.add(response(unit, story, at, category, random));
                    }
                }
            }
        }
        return all;
    }

    /**
     * A month's answers in random order: {@code 2} a promoter, {@code 1} a passive, {@code 0} a detractor, in the shares
     * that give this NPS with three in ten passive.
     */
    private static List<Integer> categories(int count, double nps, Random random) {
        double share = Math.max(-0.65, Math.min(0.65, nps / 100));
        int promoters = (int) Math.round(count * (0.7 + share) / 2);
        int detractors = (int) Math.round(count * (0.7 - share) / 2);
        List<Integer> categories = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            categories.add(i < promoters ? 2 : i < promoters + detractors ? 0 : 1);
        }
        Collections.shuffle(categories, random);
        return categories;
    }

    private static CustomerResponse response(
            Unit unit, DemoOrganisation.Story story, LocalDateTime at, int category, Random random) {
        int nps;
        int csat;
        String comment = null;
        String language = language(story, random);
        if (category == 2) {
            nps = 9 + random.nextInt(2);
            csat = 4 + random.nextInt(2);
            if (random.nextInt(10) == 0) {
                comment = PRAISE.pick(language, random);
            }
        } else if (category == 0) {
            nps = 2 + random.nextInt(5);
            csat = 1 + random.nextInt(3);
            if (random.nextInt(10) < 3) {
                comment = complaint(story, language, random);
            }
        } else {
            nps = 7 + random.nextInt(2);
            csat = 3 + random.nextInt(2);
            int roll = random.nextInt(100);
            comment = roll < 6 ? complaint(story, language, random) : roll < 12 ? PRAISE.pick(language, random) : null;
        }
        Channel channel = Channel.values()[random.nextInt(3)];
        return new CustomerResponse(
                unit, at, nps, random.nextInt(4) == 0 ? null : csat, comment, channel, Source.IMPORT, null);
    }

    /** Two in three of a unit's complaints are of its own theme, the rest of any. */
    private static String complaint(DemoOrganisation.Story story, String language, Random random) {
        Theme theme = random.nextInt(3) < 2
                ? Theme.of(story.complaintTheme())
                : Theme.values()[random.nextInt(Theme.values().length)];
        return COMPLAINTS.get(theme).pick(language, random);
    }

    /** Swedish-leaning units' customers answer mostly in Swedish; everywhere some answer in English. */
    private static String language(DemoOrganisation.Story story, Random random) {
        int roll = random.nextInt(100);
        if (roll < 12) {
            return "en";
        }
        return roll < (story.swedish() ? 65 : 20) ? "sv" : "fi";
    }

    private static Map<Theme, Texts> complaints() {
        Map<Theme, Texts> texts = new EnumMap<>(Theme.class);
        texts.put(
                Theme.WAITING,
                new Texts(
                        List.of(
                                "Jonotin lähes tunnin ennen kuin pääsin tiskille.",
                                "Jono oli taas pitkä, vain kaksi tiskiä auki.",
                                "Odotusaika oli kohtuuton.",
                                "Palvelu oli hidasta, jonossa meni koko lounastauko.",
                                "Vuoroa sai odottaa liian kauan."),
                        List.of(
                                "Jag fick köa i nästan en timme.",
                                "Väntetiden var alldeles för lång.",
                                "Kön var lång och det gick långsamt.",
                                "Det dröjde länge innan någon tog emot mig."),
                        List.of(
                                "I queued for almost an hour before I got to the desk.",
                                "The waiting time was far too long.",
                                "Slow service, the queue barely moved.",
                                "I was on hold for forty minutes.")));
        texts.put(
                Theme.BOUNCED,
                new Texts(
                        List.of(
                                "Minua pallotettiin tiskiltä toiselle.",
                                "Minua pompoteltiin osastolta toiselle.",
                                "Jouduin kertomaan asiani uudelleen jokaiselle.",
                                "Minut ohjattiin kolmelle eri ihmiselle, eikä kukaan ottanut vastuuta."),
                        List.of(
                                "Jag skickades runt från disk till disk.",
                                "Jag bollades mellan olika avdelningar.",
                                "Ingen tog ansvar för min fråga.",
                                "Fick berätta allt från början tre gånger."),
                        List.of(
                                "I was passed around from desk to desk.",
                                "Transferred three times and had to repeat my story each time.",
                                "Nobody took ownership of my question.",
                                "They sent me to another department, which sent me back.")));
        texts.put(
                Theme.PROMISES,
                new Texts(
                        List.of(
                                "Asentaja ei tullut sovittuna päivänä.",
                                "Lupasivat soittaa takaisin, ei kuulunut mitään.",
                                "He unohtivat luvatun takaisinsoiton.",
                                "Huoltokäynti unohdettiin kokonaan."),
                        List.of(
                                "De lovade att ringa tillbaka men hörde aldrig av sig.",
                                "Teknikern kom inte som överenskommet.",
                                "De glömde bort min bokade service."),
                        List.of(
                                "They promised to call back and never did.",
                                "They forgot the agreed visit completely.",
                                "I never heard back about the repair.",
                                "They broke their promise twice.")));
        texts.put(
                Theme.COMMUNICATION,
                new Texts(
                        List.of(
                                "Ohjeet olivat epäselvät ja sekavat.",
                                "Kukaan ei kertonut, mitä seuraavaksi tapahtuu.",
                                "Saamani kirje oli epäselvä.",
                                "Tiedotus oli surkeaa."),
                        List.of(
                                "Instruktionerna var otydliga.",
                                "Informationen var otydlig och förvirrande.",
                                "Brevet var förvirrande och fullt av byråkratsvenska."),
                        List.of(
                                "The instructions were unclear.",
                                "Nobody told me what would happen next.",
                                "The letter was full of jargon and confusing.")));
        texts.put(
                Theme.SYSTEMS,
                new Texts(
                        List.of(
                                "Verkkopalvelu kaatui kesken kaiken.",
                                "Sovellus jumittui joka kerta.",
                                "Ajanvaraus netissä ei toiminut.",
                                "Chat katkesi kolme kertaa, järjestelmä on surkea."),
                        List.of(
                                "Appen kraschade hela tiden.",
                                "Tidsbokningen på nätet låg nere.",
                                "Chatten hängde sig mitt i samtalet."),
                        List.of(
                                "The website crashed twice while I was booking.",
                                "The app keeps freezing.",
                                "The chat was down all afternoon.")));
        texts.put(
                Theme.EXPERTISE,
                new Texts(
                        List.of(
                                "Virkailija oli täysin ammattitaidoton.",
                                "Sain väärää tietoa ja jouduin asioimaan toiseen kertaan.",
                                "Asiakaspalvelija oli epäpätevä."),
                        List.of(
                                "Personalen verkade okunnig.",
                                "Jag fick fel besked två gånger.",
                                "Ingen kunde svara på min fråga."),
                        List.of(
                                "The agent was clueless and could not help.",
                                "I was given wrong information twice.",
                                "Staff seemed clueless about their own products.")));
        texts.put(
                Theme.PROCESSES,
                new Texts(
                        List.of(
                                "Byrokratiaa oli aivan liikaa.",
                                "Jouduin täyttämään saman lomakkeen kolme kertaa.",
                                "Turhia vaiheita ja paperisotaa pienen asian takia."),
                        List.of(
                                "Alldeles för mycket byråkrati.",
                                "Jag fick fylla i samma krångliga blankett tre gånger.",
                                "Krångliga regler och onödiga papper."),
                        List.of(
                                "A ridiculous amount of paperwork for a small thing.",
                                "Pointless forms, I filled in the same one three times.",
                                "Pointless bureaucracy.")));
        texts.put(
                Theme.WORKLOAD,
                new Texts(
                        List.of(
                                "Henkilökunta oli stressaantunut.",
                                "Liian vähän henkilökuntaa paikalla.",
                                "Minut hoidettiin hätäisesti."),
                        List.of(
                                "Personalen verkade stressad.",
                                "För lite personal på plats.",
                                "Det var personalbrist."),
                        List.of(
                                "The staff were clearly rushed.",
                                "Understaffed again.",
                                "The staff looked overworked.")));
        texts.put(
                Theme.FRIENDLINESS,
                new Texts(
                        List.of("Asiakaspalvelija oli tyly.", "Virkailija oli töykeä."),
                        List.of("Personalen var oförskämd.", "Ett nonchalant bemötande."),
                        List.of("The person at the desk was rude.", "A very dismissive attitude.")));
        texts.put(
                Theme.FACILITIES,
                new Texts(
                        List.of("Parkkipaikkoja ei ollut lainkaan.", "Odotustila oli ahdas."),
                        List.of("Väntrummet var trångt.", "Dålig parkering."),
                        List.of("No parking anywhere near the office.", "The waiting room was cramped.")));
        return texts;
    }
}
