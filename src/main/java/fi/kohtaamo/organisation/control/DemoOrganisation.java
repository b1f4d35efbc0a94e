package fi.kohtaamo.organisation.control;

import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Role;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.organisation.entity.UnitKind;
import fi.kohtaamo.platform.DemoData;
import fi.kohtaamo.platform.StartupOrder;
import fi.kohtaamo.platform.security.Passwords;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * The demo organisation, loaded on the first start in demo mode: Pohjolan Palvelu Oy, a service company with three
 * regions, twelve customer-facing units (service desks, field service, customer support) and about 150 people with
 * Finnish and Swedish-Finnish names. The four demo sign-ins share the password {@value #DEMO_PASSWORD}.
 */
@ApplicationScoped
public class DemoOrganisation {

    public static final String DEMO_PASSWORD = "kohtaamo-demo";
    public static final String DEMO_UNIT_CODE = "HKI-KAMPPI";
    static final String DOMAIN = "@pohjolanpalvelu.example";

    private static final Logger LOG = Logger.getLogger(DemoOrganisation.class.getName());

    private static final String[] FINNISH_FIRST = {
        "Aino", "Eino", "Helmi", "Väinö", "Sanna", "Juha", "Laura", "Mikko", "Elina", "Antti", "Riikka", "Timo",
        "Kaisa", "Jari", "Noora", "Ville", "Satu", "Petri", "Minna", "Tuomas", "Johanna", "Jussi", "Anu", "Matti",
        "Heidi", "Lauri", "Outi", "Sami", "Päivi", "Teemu", "Maarit", "Ilkka", "Emilia", "Onni", "Veera", "Aleksi"
    };
    private static final String[] FINNISH_LAST = {
        "Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen",
        "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi", "Heikkilä", "Kinnunen",
        "Salonen", "Turunen", "Salo", "Laitinen", "Tuominen", "Rantanen", "Karjalainen", "Jokinen", "Mattila",
        "Savolainen", "Lahtinen", "Ahonen", "Räsänen", "Kettunen", "Leppänen", "Hiltunen", "Väisänen"
    };
    private static final String[] SWEDISH_FIRST = {
        "Johan",
        "Anna",
        "Mikael",
        "Sofia",
        "Henrik",
        "Linnea",
        "Fredrik",
        "Ebba",
        "Anders",
        "Maria",
        "Kristian",
        "Ida",
        "Patrik",
        "Karin",
        "Jonas",
        "Elsa",
        "Björn",
        "Malin",
        "Niklas",
        "Åsa"
    };
    private static final String[] SWEDISH_LAST = {
        "Lindholm", "Sjöberg", "Holmström", "Forsman", "Björkqvist", "Lindqvist", "Nyström", "Eriksson", "Sandell",
        "Strandberg", "Westerlund", "Granholm", "Backman", "Söderström", "Åkerman", "Enqvist", "Grönroos", "Mattsson"
    };

    /**
     * One customer-facing unit's part in the demo's story, which every feature's demo loader tells the same way: the
     * month its training started (its first workshop, {@code startedMonthsAgo} months before the current one; its
     * supervisor coached in the weeks before), or {@code null} for a unit not yet trained (a comparison unit); the
     * internal factor its staff rate lowest in the pulse; the theme its customers complain of most, which follows from
     * that factor; how many NPS points training lifted it by once it took hold (negative for the counter-example);
     * and whether its customers and staff lean Swedish.
     */
    public record Story(
            String code,
            Integer startedMonthsAgo,
            String weakestFactor,
            String complaintTheme,
            int effect,
            boolean swedish) {

        /** Whether the unit's training has started. */
        public boolean trained() {
            return startedMonthsAgo != null;
        }

        /** The month of its first workshop, counted back from the current month; null if not trained. */
        public YearMonth startMonth(LocalDate today) {
            return trained() ? YearMonth.from(today).minusMonths(startedMonthsAgo) : null;
        }

        /**
         * The day of its first workshop: in its start month, on a day of its own (8th–22nd), never in the last three
         * days; null if not trained.
         */
        public LocalDate firstWorkshop(LocalDate today) {
            if (!trained()) {
                return null;
            }
            LocalDate day = startMonth(today).atDay(8 + Math.floorMod(code.hashCode(), 15));
            return day.isAfter(today.minusDays(3)) ? today.minusDays(3) : day;
        }
    }

    /** The unit whose training did not help: it trained early, and its NPS fell. */
    public static final String COUNTER_EXAMPLE = "UUSIMAA-KH";

    /**
     * Staggered starts over the two years of customer responses: Southern Finland first, Western Finland next,
     * Ostrobothnia last; Palvelupiste Espoo, Kenttähuolto Pirkanmaa, Kenttähuolto Pohjanmaa and Palvelupiste Kokkola
     * not yet. Kenttähuolto Uusimaa, understaffed, trained first and did not improve: its customers' complaint is
     * broken promises (technicians who do not come when agreed), which training could not fix.
     */
    public static final List<Story> STORIES = List.of(
            new Story(DEMO_UNIT_CODE, 11, "workload", "waiting", 9, false),
            new Story("HKI-ASPA", 14, "tools", "systems", 7, false),
            new Story("ESPOO-PP", null, "communication", "communication", 0, false),
            new Story(COUNTER_EXAMPLE, 17, "workload", "promises", -5, false),
            new Story("TKU-PP", 9, "processes", "bounced", 8, false),
            new Story("TKU-ASTU", 7, "competence", "expertise", 7, false),
            new Story("TRE-PP", 6, "communication", "communication", 8, false),
            new Story("PIRK-KH", null, "processes", "processes", 0, false),
            new Story("VAASA-PP", 4, "processes", "bounced", 8, true),
            new Story("POHJ-KH", null, "workload", "promises", 0, true),
            new Story("SJK-ASPA", 3, "tools", "systems", 7, false),
            new Story("KOKKOLA-PP", null, "competence", "expertise", 0, true));

    /** The story of the customer-facing unit with this code, if it is one of the demo's. */
    public static Optional<Story> story(String code) {
        return STORIES.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    /** The story of the demo unit this unit is or belongs to (a team belongs to its unit's story). */
    public static Optional<Story> storyOf(Unit unit) {
        for (Unit u = unit; u != null; u = u.getParent()) {
            Optional<Story> story = story(u.getCode());
            if (story.isPresent()) {
                return story;
            }
        }
        return Optional.empty();
    }

    /** Regions and their units: code, name, how many staff, and teams if it has them. */
    private record UnitPlan(String code, String name, int staff, String... teams) {
        boolean swedish() {
            return story(code).orElseThrow().swedish();
        }
    }

    private record RegionPlan(String code, String name, List<UnitPlan> units) {}

    private static final List<RegionPlan> REGIONS = List.of(
            new RegionPlan(
                    "ETELA",
                    "Etelä-Suomi",
                    List.of(
                            new UnitPlan(DEMO_UNIT_CODE, "Palvelupiste Kamppi", 11),
                            new UnitPlan(
                                    "HKI-ASPA",
                                    "Asiakaspalvelukeskus Helsinki",
                                    14,
                                    "Puhelinpalvelu",
                                    "Chat- ja sähköpostipalvelu"),
                            new UnitPlan("ESPOO-PP", "Palvelupiste Espoo", 10),
                            new UnitPlan("UUSIMAA-KH", "Kenttähuolto Uusimaa", 12))),
            new RegionPlan(
                    "LANSI",
                    "Länsi-Suomi",
                    List.of(
                            new UnitPlan("TKU-PP", "Palvelupiste Turku", 10),
                            new UnitPlan("TKU-ASTU", "Asiakastuki Turku", 12),
                            new UnitPlan("TRE-PP", "Palvelupiste Tampere", 11),
                            new UnitPlan("PIRK-KH", "Kenttähuolto Pirkanmaa", 11))),
            new RegionPlan(
                    "POHJANMAA",
                    "Pohjanmaa – Österbotten",
                    List.of(
                            new UnitPlan("VAASA-PP", "Palvelupiste Vaasa – Servicepunkt Vasa", 11),
                            new UnitPlan("POHJ-KH", "Kenttähuolto Pohjanmaa", 10),
                            new UnitPlan("SJK-ASPA", "Asiakaspalvelu Seinäjoki", 10),
                            new UnitPlan("KOKKOLA-PP", "Palvelupiste Kokkola – Servicepunkt Karleby", 9))));

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    DemoData demoData;

    @Inject
    Units units;

    private final Set<String> usernames = new HashSet<>();

    void loadOnFirstStart(@Observes @Priority(StartupOrder.DEMO_ORGANISATION) Startup startup) {
        demoData.loadOnce(Unit.class, 20261123L, this::load);
    }

    /**
     * Loads a feature's demo data as {@link DemoData#loadOnce} does, and only where the demo organisation is loaded: in
     * demo mode on a database that holds another organisation, a feature loads nothing.
     */
    public void loadOnce(Class<?> entity, long seed, Consumer<Random> load) {
        demoData.loadOnce(entity, seed, random -> {
            if (units.findByCode(DEMO_UNIT_CODE).isPresent()) {
                load.accept(random);
            }
        });
    }

    private void load(Random random) {
        Unit company = persist(new Unit("PP", "Pohjolan Palvelu Oy", UnitKind.ORGANISATION, null));
        Unit office = persist(new Unit("PP-HQ", "Pääkonttori", UnitKind.UNIT, company));
        demoAccount("admin.demo", "Tuula", "Ylönen", office, Role.ADMIN);
        demoAccount("hr.demo", "Hanna", "Lehtola", office, Role.HR);
        Person secondHr = person("Mikael", "Berg", office);
        secondHr.getRoles().add(Role.HR);

        for (RegionPlan region : REGIONS) {
            Unit regionUnit = persist(new Unit(region.code(), region.name(), UnitKind.REGION, company));
            for (UnitPlan plan : region.units()) {
                Unit unit = persist(new Unit(plan.code(), plan.name(), UnitKind.UNIT, regionUnit));
                boolean demoUnit = plan.code().equals(DEMO_UNIT_CODE);
                Person supervisor = demoUnit
                        ? demoAccount("supervisor.demo", "Sari", "Kallio", unit, Role.EMPLOYEE)
                        : person(plan.swedish(), unit, random);
                supervisor.superviseOnly(Set.of(unit));
                List<Unit> homes = plan.teams().length == 0 ? List.of(unit) : teams(unit, plan.teams());
                for (int i = 0; i < plan.staff(); i++) {
                    Unit home = homes.get(i % homes.size());
                    if (demoUnit && i == 0) {
                        demoAccount("employee.demo", "Eetu", "Laaksonen", home, Role.EMPLOYEE);
                    } else {
                        person(plan.swedish() && random.nextInt(4) > 0, home, random);
                    }
                }
            }
        }
        LOG.info("Demo organisation loaded: sign in as admin.demo, hr.demo, supervisor.demo or employee.demo");
    }

    private List<Unit> teams(Unit unit, String... names) {
        return java.util.stream.IntStream.range(0, names.length)
                .mapToObj(i -> persist(new Unit(unit.getCode() + "-T" + (i + 1), names[i], UnitKind.TEAM, unit)))
                .toList();
    }

    private Unit persist(Unit unit) {
        em.persist(unit);
        return unit;
    }

    private Person demoAccount(String username, String first, String last, Unit unit, Role role) {
        usernames.add(username);
        Person person = new Person(username, username + DOMAIN, first, last, unit);
        person.getRoles().add(role);
        person.setPasswordHash(passwords.hash(DEMO_PASSWORD));
        person.setPreferredLanguage("fi");
        em.persist(person);
        return person;
    }

    private Person person(boolean swedish, Unit unit, Random random) {
        String[] first = swedish ? SWEDISH_FIRST : FINNISH_FIRST;
        String[] last = swedish ? SWEDISH_LAST : FINNISH_LAST;
        Person person = person(first[random.nextInt(first.length)], last[random.nextInt(last.length)], unit);
        person.setPreferredLanguage(swedish ? "sv" : "fi");
        return person;
    }

    private Person person(String first, String last, Unit unit) {
        String base = ascii(first + "." + last);
        String username = base;
        for (int n = 2; !usernames.add(username); n++) {
            username = base + n;
        }
        Person person = new Person(username, username + DOMAIN, first, last, unit);
        em.persist(person);
        return person;
    }

    /** Lower-case ASCII for usernames: ä → a, ö → o, å → a. */
    static String ascii(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase();
    }
}
