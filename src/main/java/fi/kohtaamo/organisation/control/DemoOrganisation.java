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
import java.util.HashSet;
import java.util.List;
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

    /** Regions and their units: code, name, how many staff, whether names lean Swedish-Finnish. */
    private record UnitPlan(String code, String name, int staff, boolean swedish, String... teams) {}

    private record RegionPlan(String code, String name, List<UnitPlan> units) {}

    private static final List<RegionPlan> REGIONS = List.of(
            new RegionPlan(
                    "ETELA",
                    "Etelä-Suomi",
                    List.of(
                            new UnitPlan(DEMO_UNIT_CODE, "Palvelupiste Kamppi", 11, false),
                            new UnitPlan(
                                    "HKI-ASPA",
                                    "Asiakaspalvelukeskus Helsinki",
                                    14,
                                    false,
                                    "Puhelinpalvelu",
                                    "Chat- ja sähköpostipalvelu"),
                            new UnitPlan("ESPOO-PP", "Palvelupiste Espoo", 10, false),
                            new UnitPlan("UUSIMAA-KH", "Kenttähuolto Uusimaa", 12, false))),
            new RegionPlan(
                    "LANSI",
                    "Länsi-Suomi",
                    List.of(
                            new UnitPlan("TKU-PP", "Palvelupiste Turku", 10, false),
                            new UnitPlan("TKU-ASTU", "Asiakastuki Turku", 12, false),
                            new UnitPlan("TRE-PP", "Palvelupiste Tampere", 11, false),
                            new UnitPlan("PIRK-KH", "Kenttähuolto Pirkanmaa", 11, false))),
            new RegionPlan(
                    "POHJANMAA",
                    "Pohjanmaa – Österbotten",
                    List.of(
                            new UnitPlan("VAASA-PP", "Palvelupiste Vaasa – Servicepunkt Vasa", 11, true),
                            new UnitPlan("POHJ-KH", "Kenttähuolto Pohjanmaa", 10, true),
                            new UnitPlan("SJK-ASPA", "Asiakaspalvelu Seinäjoki", 10, false),
                            new UnitPlan("KOKKOLA-PP", "Palvelupiste Kokkola – Servicepunkt Karleby", 9, true))));

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
