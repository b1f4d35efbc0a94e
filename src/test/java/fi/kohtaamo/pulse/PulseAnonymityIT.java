package fi.kohtaamo.pulse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kohtaamo.WebClient;
import fi.kohtaamo.insight.control.Dashboard;
import fi.kohtaamo.insight.control.UnitFacts;
import fi.kohtaamo.organisation.control.Oversight;
import fi.kohtaamo.organisation.control.People;
import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Role;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.organisation.entity.UnitKind;
import fi.kohtaamo.platform.config.OrganisationZone;
import fi.kohtaamo.pulse.control.PulseDisclosure;
import fi.kohtaamo.pulse.control.Pulses;
import fi.kohtaamo.pulse.entity.PulseRound;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Pulse anonymity against differencing, end to end: a generated organisation of its own (regions, units, teams of
 * uneven sizes, people attached to every level) answers rounds; then every view that shows pulse figures is read with
 * every filter — the customer results page of every unit, team, region and the organisation (as HR and as a
 * supervisor), the pulse rounds page, the insight dashboard with each region, period, start measure and window (the
 * rows its CSV, XLSX, PDF and the analyses print), the dashboard page, its CSV and PDF, and each unit's insight page.
 * Every figure shown must be the exact figure of its group, and no sum or difference of the figures shown may single
 * out fewer than the threshold ({@link Subtraction}). A round still open shows nothing, before and after one more
 * answer, and a closed round takes no more answers, so its figures never move.
 */
@ExtendWith(ArquillianExtension.class)
class PulseAnonymityIT {

    private static final String DEMO_PASSWORD = "kohtaamo-demo";
    private static final String SUPERVISOR_PASSWORD = "sininen kuutamo tunnuslause 2026";
    private static final Pattern ENPS = Pattern.compile("eNPS\\s*([-−]?\\d+)");

    @ArquillianResource
    URL base;

    @Inject
    Pulses pulses;

    @Inject
    Units units;

    @Inject
    People people;

    @Inject
    Dashboard dashboard;

    @Inject
    Oversight oversight;

    /** One generated answer, as the test knows it. */
    record Answer(Long unit, List<Integer> scores, int enps, String comment) {}

    /** The generated organisation: its units, their people and the answers given in each round. */
    private final Map<Long, Unit> tree = new LinkedHashMap<>();

    private final Map<Long, Long> parentOf = new HashMap<>();
    private final Map<Long, List<Person>> staff = new LinkedHashMap<>();
    private final Map<Long, List<Answer>> answers = new HashMap<>();
    private final Map<Long, Set<Long>> answered = new HashMap<>();
    /** Per unit, the latest closed round that shows its results, as {@link #readControls} found it. */
    private final Map<Long, PulseRound> latestShown = new HashMap<>();
    /** Per round, the groups (as the units they cover) whose figures some view showed. */
    private final Map<Long, List<Set<Long>>> shown = new HashMap<>();

    private final Random random = new Random(20261202);
    private final String tag = UUID.randomUUID().toString().substring(0, 6);
    private Unit organisation;
    private final List<Unit> regions = new ArrayList<>();
    private Unit kept;

    @Test
    void noViewOrFilterLetsAGroupBelowTheThresholdBeWorkedOutBySubtraction() throws Exception {
        generate();
        PulseRound everyone = round("Kaikki", 5, 3);
        answerAll(everyone, 1.0, LocalDate.now(OrganisationZone.ZONE).minusDays(4));
        PulseRound some = round("Osa", 3, 1);
        answerAll(some, 0.7, LocalDate.now(OrganisationZone.ZONE).minusDays(2));
        List<PulseRound> closed = List.of(some, everyone);
        Person supervisor = supervisorOf(kept);

        readControls(closed, supervisor);
        WebClient hr = WebClient.signedIn(base, "hr.demo", DEMO_PASSWORD);
        readResultsPages(hr, closed, tree.values());
        readResultsPages(
                WebClient.signedIn(base, supervisor.getUsername(), SUPERVISOR_PASSWORD),
                closed,
                tree.values().stream()
                        .filter(u -> Subtraction.subtree(kept.getId(), parentOf).contains(u.getId()))
                        .toList());
        readInsightPages(hr, closed);
        readDashboardPages(hr, closed);

        int threshold = pulses.threshold();
        for (PulseRound round : closed) {
            Map<Long, Long> counts = new HashMap<>();
            tree.keySet().forEach(unit -> counts.put(unit, 0L));
            answers.get(round.getId()).forEach(a -> counts.merge(a.unit(), 1L, Long::sum));
            assertThat(Subtraction.leaks(shown.get(round.getId()), counts, threshold))
                    .as("groups below %d singled out in round %s", threshold, round.getTitle())
                    .isEmpty();
        }
        Map<Long, Long> firstCounts = new HashMap<>();
        answers.get(everyone.getId()).forEach(a -> firstCounts.merge(a.unit(), 1L, Long::sum));
        assertThat(tree.values().stream()
                        .map(u -> pulses.reading(everyone, u).withheld())
                        .toList())
                .as("the organisation tests what it should: groups too small, and groups hidden to protect them")
                .contains(PulseDisclosure.Withheld.TOO_FEW, PulseDisclosure.Withheld.PROTECTS_SMALLER)
                .contains((PulseDisclosure.Withheld) null);
        assertThat(shown.get(everyone.getId()))
                .as("figures were shown and checked")
                .hasSizeGreaterThan(10);

        Map<String, String> before = snapshot(hr, closed);
        Person late = staff.values().stream()
                .flatMap(List::stream)
                .filter(p -> !answered.get(some.getId()).contains(p.getId()))
                .findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> pulses.answer(
                        late, some.getId(), scores(), 10, "Myöhässä", LocalDate.now(OrganisationZone.ZONE)))
                .as("a closed round takes no more answers")
                .isInstanceOf(IllegalStateException.class);
        assertThat(snapshot(hr, closed)).isEqualTo(before);
    }

    @Test
    void anOpenRoundShowsNothingBeforeOrAfterOneMoreAnswer() throws Exception {
        generate();
        PulseRound open = pulses.open(
                hr(),
                "Auki " + tag,
                LocalDate.now(OrganisationZone.ZONE).minusDays(1),
                LocalDate.now(OrganisationZone.ZONE).plusDays(5),
                Set.of(organisation.getId()));
        answers.put(open.getId(), new ArrayList<>());
        answered.put(open.getId(), new java.util.HashSet<>());
        List<Person> everybody = staff.values().stream().flatMap(List::stream).toList();
        for (Person person : everybody.subList(0, everybody.size() - 1)) {
            answer(open, person, LocalDate.now(OrganisationZone.ZONE));
        }
        WebClient hr = WebClient.signedIn(base, "hr.demo", DEMO_PASSWORD);

        Map<String, String> before = snapshot(hr, List.of(open));
        answer(open, everybody.get(everybody.size() - 1), LocalDate.now(OrganisationZone.ZONE));
        Map<String, String> after = snapshot(hr, List.of(open));

        assertThat(after).isEqualTo(before);
        assertThat(tree.values())
                .allSatisfy(unit -> assertThat(pulses.reading(open, unit).withheld())
                        .isEqualTo(PulseDisclosure.Withheld.ROUND_OPEN));
        List<String> pages = before.entrySet().stream()
                .filter(e -> e.getKey().startsWith("results|"))
                .map(Map.Entry::getValue)
                .toList();
        assertThat(pages)
                .hasSize(tree.size())
                .allSatisfy(text -> assertThat(text)
                        .as("no figures of an open round, only when it closes")
                        .startsWith("0 ")
                        .containsPattern(
                                "Results appear once the round has closed|Tulokset näytetään, kun kierros on"));
    }

    // --- the organisation -------------------------------------------------------------------------------------

    /**
     * An organisation with two people of its own; a region whose units have a small team beside a large one, people
     * attached to a unit beside one team, and a unit below the threshold; a region with three teams, one small; a unit
     * straight under the organisation; and a region generated at random.
     */
    private void generate() {
        organisation = unit(UnitKind.ORGANISATION, "Anonyymi Oy", null, 2);
        Unit south = region("Etelä");
        kept = unit(UnitKind.UNIT, "Kaksi tiimiä", south, 0);
        unit(UnitKind.TEAM, "Iso tiimi", kept, 7);
        unit(UnitKind.TEAM, "Pieni tiimi", kept, 2);
        Unit attached = unit(UnitKind.UNIT, "Oma väki", south, 2);
        unit(UnitKind.TEAM, "Ainoa tiimi", attached, 6);
        unit(UnitKind.UNIT, "Pieni yksikkö", south, 3);
        Unit north = region("Pohjoinen");
        Unit three = unit(UnitKind.UNIT, "Kolme tiimiä", north, 1);
        unit(UnitKind.TEAM, "Tiimi A", three, 5);
        unit(UnitKind.TEAM, "Tiimi B", three, 5);
        unit(UnitKind.TEAM, "Tiimi C", three, 4);
        unit(UnitKind.UNIT, "Suuri yksikkö", north, 12);
        unit(UnitKind.UNIT, "Pääkonttori", organisation, 5);
        Unit generated = region("Länsi");
        for (int u = 0; u < 3; u++) {
            Unit unit = unit(UnitKind.UNIT, "Yksikkö " + u, generated, random.nextInt(5));
            int teams = random.nextInt(3);
            for (int t = 0; t < teams; t++) {
                unit(UnitKind.TEAM, "Tiimi " + u + "." + t, unit, 1 + random.nextInt(8));
            }
        }
    }

    private Unit region(String name) {
        Unit region = unit(UnitKind.REGION, name, organisation, random.nextInt(2));
        regions.add(region);
        return region;
    }

    private Unit unit(UnitKind kind, String name, Unit parent, int count) {
        Unit unit = Unit.blank(kind);
        unit.setCode("AN-" + tag + "-" + tree.size());
        // after the demo units in every list sorted by name, so pages of them stay as other tests expect
        unit.setName("Zz " + name + " " + tag);
        unit = units.save(unit, parent == null ? null : parent.getId());
        tree.put(unit.getId(), unit);
        parentOf.put(unit.getId(), parent == null ? null : parent.getId());
        List<Person> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = UUID.randomUUID().toString().substring(0, 8);
            Person person = new Person("anon." + id, "anon." + id + "@example.com", "Anonyymi", id, unit);
            person.getRoles().add(Role.EMPLOYEE);
            list.add(people.save(person, Set.of(), null));
        }
        staff.put(unit.getId(), list);
        return unit;
    }

    private Person hr() {
        String id = UUID.randomUUID().toString().substring(0, 8);
        Person hr = new Person("anon.hr." + id, id + "@example.com", "H", "R", organisation);
        hr.getRoles().add(Role.HR);
        return people.save(hr, Set.of(), null);
    }

    private Person supervisorOf(Unit unit) {
        String username = "anon.sup." + UUID.randomUUID().toString().substring(0, 8);
        Person supervisor = new Person(username, username + "@example.com", "Sanna", "Valvoja", unit);
        supervisor.getRoles().add(Role.SUPERVISOR);
        return people.save(supervisor, Set.of(unit), SUPERVISOR_PASSWORD);
    }

    /** A round over the whole organisation that opened and closed the given numbers of days ago. */
    private PulseRound round(String title, int opened, int closed) {
        PulseRound round = pulses.open(
                hr(),
                title + " " + tag,
                LocalDate.now(OrganisationZone.ZONE).minusDays(opened),
                LocalDate.now(OrganisationZone.ZONE).minusDays(closed),
                Set.of(organisation.getId()));
        answers.put(round.getId(), new ArrayList<>());
        answered.put(round.getId(), new java.util.HashSet<>());
        shown.put(round.getId(), new ArrayList<>());
        return round;
    }

    private void answerAll(PulseRound round, double share, LocalDate day) {
        staff.values().stream()
                .flatMap(List::stream)
                .filter(p -> random.nextDouble() < share)
                .forEach(p -> answer(round, p, day));
    }

    private void answer(PulseRound round, Person person, LocalDate day) {
        List<Integer> scores = scores();
        int enps = random.nextInt(11);
        String comment = random.nextInt(3) == 0 ? "Kommentti " + (char) ('A' + random.nextInt(26)) : null;
        pulses.answer(person, round.getId(), scores, enps, comment, day);
        answers.get(round.getId()).add(new Answer(person.getUnit().getId(), scores, enps, comment));
        answered.get(round.getId()).add(person.getId());
    }

    private List<Integer> scores() {
        List<Integer> scores = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            scores.add(1 + random.nextInt(5));
        }
        return scores;
    }

    // --- what each group's figures must be, from the answers the test gave ---------------------------------------

    private List<Answer> of(PulseRound round, Long unit) {
        Set<Long> covers = Subtraction.subtree(unit, parentOf);
        return answers.get(round.getId()).stream()
                .filter(a -> covers.contains(a.unit()))
                .toList();
    }

    private double enps(List<Answer> group) {
        long promoters = group.stream().filter(a -> a.enps() >= 9).count();
        long detractors = group.stream().filter(a -> a.enps() <= 6).count();
        return 100.0 * (promoters - detractors) / group.size();
    }

    private List<Double> means(List<Answer> group) {
        List<Double> means = new ArrayList<>();
        for (int f = 0; f < 6; f++) {
            int factor = f;
            means.add(group.stream()
                            .mapToInt(
                                    a -> a.scores().get(2 * factor) + a.scores().get(2 * factor + 1))
                            .sum()
                    / (2.0 * group.size()));
        }
        return means;
    }

    /** Records that a view showed the group's figures in the round, after checking they are the group's own. */
    private void seen(PulseRound round, Long unit, Integer n, Double enps, List<Double> means) {
        List<Answer> group = of(round, unit);
        String where = round.getTitle() + " / " + tree.get(unit).getName();
        if (n != null) {
            assertThat(n).as("n of %s", where).isEqualTo(group.size());
        }
        assertThat(group.size()).as("shown group %s", where).isGreaterThanOrEqualTo(pulses.threshold());
        if (enps != null) {
            assertThat(enps).as("eNPS of %s", where).isCloseTo(enps(group), org.assertj.core.data.Offset.offset(0.51));
        }
        if (means != null) {
            List<Double> expected = means(group);
            for (int i = 0; i < means.size(); i++) {
                assertThat(means.get(i))
                        .as("factor %d of %s", i, where)
                        .isCloseTo(expected.get(i), org.assertj.core.data.Offset.offset(0.051));
            }
        }
        shown.get(round.getId()).add(Subtraction.subtree(unit, parentOf));
    }

    // --- the views ------------------------------------------------------------------------------------------------

    private List<Long> customerFacing() {
        return tree.values().stream()
                .filter(u -> u.getKind() == UnitKind.UNIT)
                .map(Unit::getId)
                .toList();
    }

    /** What the pages' beans read: results of every group, the rounds page, and the dashboard under every filter. */
    private void readControls(List<PulseRound> closed, Person supervisor) {
        for (PulseRound round : closed) {
            for (Unit unit : tree.values()) {
                Pulses.Reading reading = pulses.reading(round, unit);
                reading.result().ifPresent(r -> {
                    seen(round, unit.getId(), r.answers(), r.enps(), r.factorMeans());
                    List<String> comments = of(round, unit.getId()).stream()
                            .map(Answer::comment)
                            .filter(c -> c != null)
                            .sorted()
                            .toList();
                    assertThat(r.comments()).as("comments, sorted by text").isEqualTo(comments);
                });
            }
            pulses.readings(round, customerFacing())
                    .forEach((unit, reading) ->
                            reading.result().ifPresent(r -> seen(round, unit, r.answers(), r.enps(), r.factorMeans())));
        }
        for (Unit unit : tree.values()) {
            closed.stream()
                    .filter(r -> pulses.reading(r, unit).result().isPresent())
                    .findFirst()
                    .ifPresent(r -> latestShown.put(unit.getId(), r));
        }
        YearMonth now = YearMonth.now(OrganisationZone.ZONE);
        List<YearMonth[]> periods = List.of(
                Dashboard.lastYear(YearMonth.now(OrganisationZone.ZONE)),
                new YearMonth[] {now.minusMonths(23), now},
                new YearMonth[] {now, now});
        List<Set<Long>> viewers = List.of(units.allIds(), oversight.unitsOverseenBy(supervisor));
        List<Long> regionFilters = new ArrayList<>();
        regionFilters.add(null);
        regions.forEach(r -> regionFilters.add(r.getId()));
        for (Set<Long> visible : viewers) {
            for (Long region : regionFilters) {
                for (YearMonth[] period : periods) {
                    for (UnitFacts.Start start : UnitFacts.Start.values()) {
                        for (int window : new int[] {3, 6, 12}) {
                            for (Dashboard.Row row :
                                    dashboard.rows(visible, region, period[0], period[1], start, window)) {
                                dashboardRow(row.getUnit(), row.enps());
                            }
                        }
                    }
                }
            }
        }
    }

    /** A dashboard row shows the latest closed round that shows the unit; checks it and records it. */
    private void dashboardRow(Unit unit, Double enps) {
        if (unit == null || !tree.containsKey(unit.getId())) {
            return;
        }
        PulseRound from = latestShown.get(unit.getId());
        if (from == null) {
            assertThat(enps).as("dashboard eNPS of %s", unit.getName()).isNull();
            return;
        }
        assertThat(enps).as("dashboard eNPS of %s", unit.getName()).isNotNull();
        seen(from, unit.getId(), null, enps, null);
    }

    /** The customer results page of each unit: its pulse section, round by round. */
    private void readResultsPages(WebClient client, List<PulseRound> closed, Collection<Unit> visible) {
        for (Unit unit : visible) {
            Document page = client.page("survey/results?unit=" + unit.getId());
            Element section = page.selectFirst("section[aria-labelledby=pulse-heading]");
            assertThat(section.selectFirst("#pulse-rule").text()).contains(String.valueOf(pulses.threshold()));
            for (PulseRound round : closed) {
                Element heading = section.select("h3").stream()
                        .filter(h -> h.text().equals(round.getTitle()))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(round.getTitle() + " missing on " + unit.getName()));
                Element next = heading.nextElementSibling();
                if (next.hasClass("pulse-hidden")) {
                    continue;
                }
                assertThat(next.hasClass("pulse-result")).isTrue();
                List<String> values = next.select("dd").eachText();
                List<Double> means = new ArrayList<>();
                for (String value : values.subList(2, 8)) {
                    means.add(number(value.replace("/ 5", "")));
                }
                seen(round, unit.getId(), (int) number(values.get(0)), number(values.get(1)), means);
                Element comments = next.nextElementSibling();
                if (comments != null && comments.tagName().equals("h4")) {
                    List<String> listed =
                            comments.nextElementSibling().select("li").eachText();
                    assertThat(listed).as("comments in order of text").isSorted();
                }
            }
        }
    }

    /** Each customer-facing unit's insight page: the two weakest factors of the latest round that shows it. */
    private void readInsightPages(WebClient hr, List<PulseRound> closed) {
        for (Long unit : customerFacing()) {
            Document page = hr.page("insight/unit?unit=" + unit);
            Element list = page.getElementById("weaknesses");
            PulseRound from = latestShown.get(unit);
            if (from == null) {
                assertThat(list)
                        .as("weak factors of %s", tree.get(unit).getName())
                        .isNull();
                continue;
            }
            assertThat(list.previousElementSibling().text()).contains(from.getTitle());
            List<Double> shownMeans = list.select("li").stream()
                    .map(li -> number(li.ownText().replace("/ 5", "")))
                    .toList();
            List<Double> expected =
                    means(of(from, unit)).stream().sorted().limit(2).toList();
            assertThat(shownMeans.size()).isEqualTo(2);
            for (int i = 0; i < 2; i++) {
                assertThat(shownMeans.get(i)).isCloseTo(expected.get(i), org.assertj.core.data.Offset.offset(0.051));
            }
            seen(from, unit, null, null, null);
        }
    }

    /** The dashboard page, its CSV and its PDF for each region: the same eNPS as the rows the control gives. */
    private void readDashboardPages(WebClient hr, List<PulseRound> closed) throws Exception {
        Map<String, Unit> byName = new HashMap<>();
        tree.values().forEach(u -> byName.put(u.getName(), u));
        for (Unit region : regions) {
            Document page = hr.page("insight/dashboard?region=" + region.getId());
            for (Element row : page.select("tbody tr")) {
                Unit unit = byName.values().stream()
                        .filter(u -> row.text().contains(u.getName()))
                        .max(java.util.Comparator.comparing(u -> u.getName().length()))
                        .orElse(null);
                if (unit != null) {
                    Matcher m = ENPS.matcher(row.text());
                    dashboardRow(unit, m.find() ? number(m.group(1)) : null);
                }
            }

            HttpResponse<String> csv = hr.submit(page, "dashboard", Map.of(), "csv");
            String body = csv.body().replace("\uFEFF", "");
            char delimiter = body.lines().findFirst().orElseThrow().contains(";") ? ';' : ',';
            List<CSVRecord> records = CSVFormat.DEFAULT
                    .builder()
                    .setDelimiter(delimiter)
                    .build()
                    .parse(new StringReader(body))
                    .getRecords();
            int enpsColumn = records.get(0).toList().indexOf("eNPS");
            assertThat(enpsColumn).as("eNPS column of the CSV").isPositive();
            assertThat(records).hasSizeGreaterThan(1);
            for (CSVRecord record : records.subList(1, records.size())) {
                Unit unit = byName.get(record.get(0));
                String value = record.get(enpsColumn);
                dashboardRow(unit, value.isBlank() ? null : number(value));
            }

            byte[] pdf = hr.bytes("insight/pdf?region=" + region.getId()).body();
            String text;
            try (var document = Loader.loadPDF(pdf)) {
                text = new PDFTextStripper().getText(document);
            }
            List<Long> printed = new ArrayList<>();
            Matcher m = ENPS.matcher(text);
            while (m.find()) {
                printed.add(Math.round(number(m.group(1))));
            }
            List<Long> expected = dashboard
                    .rows(
                            units.allIds(),
                            region.getId(),
                            Dashboard.lastYear(YearMonth.now(OrganisationZone.ZONE))[0],
                            Dashboard.lastYear(YearMonth.now(OrganisationZone.ZONE))[1],
                            UnitFacts.Start.FIRST_WORKSHOP,
                            6)
                    .stream()
                    .filter(r -> r.enps() != null)
                    .map(r -> Math.round(r.enps()))
                    .toList();
            assertThat(printed)
                    .as("eNPS printed in the PDF of %s", region.getName())
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    /** Everything the views show of the rounds, as text, to compare before and after an answer. */
    private Map<String, String> snapshot(WebClient hr, List<PulseRound> rounds) {
        Map<String, String> views = new TreeMap<>();
        for (PulseRound round : rounds) {
            for (Unit unit : tree.values()) {
                Pulses.Reading reading = pulses.reading(round, unit);
                views.put("reading|" + round.getId() + "|" + unit.getId(), reading.withheld() + " " + reading.result());
            }
        }
        for (Dashboard.Row row : dashboard.rows(
                units.allIds(),
                null,
                Dashboard.lastYear(YearMonth.now(OrganisationZone.ZONE))[0],
                Dashboard.lastYear(YearMonth.now(OrganisationZone.ZONE))[1],
                UnitFacts.Start.FIRST_WORKSHOP,
                6)) {
            if (tree.containsKey(row.getUnit().getId())) {
                views.put("dashboard|" + row.getUnit().getId(), row.enps() + " " + row.weakestFactor());
            }
        }
        for (Unit unit : tree.values()) {
            Element section = hr.page("survey/results?unit=" + unit.getId())
                    .selectFirst("section[aria-labelledby=pulse-heading]");
            views.put(
                    "results|" + unit.getId(), section.select("dl.pulse-result").size() + " " + section.text());
        }
        return views;
    }

    /** A number as a page prints it, in Finnish or English. */
    private static double number(String text) {
        String plain = text.replace('−', '-').replace(',', '.').replaceAll("[^0-9.\\-]", "");
        return Double.parseDouble(plain);
    }
}
