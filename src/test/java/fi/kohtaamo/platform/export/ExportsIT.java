package fi.kohtaamo.platform.export;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.WebClient;
import fi.kohtaamo.organisation.control.People;
import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Role;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.organisation.entity.UnitKind;
import fi.kohtaamo.platform.audit.AuditAction;
import fi.kohtaamo.platform.audit.AuditEvent;
import fi.kohtaamo.platform.audit.AuditFilter;
import fi.kohtaamo.platform.audit.AuditLog;
import fi.kohtaamo.platform.config.OrganisationZone;
import fi.kohtaamo.pulse.control.Pulses;
import fi.kohtaamo.pulse.entity.PulseRound;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every CSV and XLSX export the application offers, downloaded over real HTTP by pressing its button as HR would: text
 * that a spreadsheet would run as a formula (typed into a unit's name, a person's name, a sign-in's username) arrives
 * neutralised, Finnish readers get semicolons, a BOM and decimal commas and English readers commas, XLSX holds numbers
 * as numbers and never a formula, each download is audited, and every figure of the dashboard reads the same on the
 * page, in the CSV, in the XLSX and in the PDF. Supervisors' exports hold only their own units.
 */
@ExtendWith(ArquillianExtension.class)
class ExportsIT {

    private static final String PASSWORD = "correct horse battery";
    private static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"x\")";

    /** A page, the form and buttons of its export, and the name its file and audit event carry. */
    record Export(String page, String form, String csv, String xlsx, String name) {}

    /** Every export button the application offers; {@link ExportPathTest} fails if a page has one not listed here. */
    static final List<Export> EXPORTS = List.of(
            new Export("insight/dashboard", "dashboard", "csv", "xlsx", "kohtaamo-insight"),
            new Export("learning/team-progress", "matrix", "exportCsv", "exportXlsx", "team-progress"),
            new Export("workshop/coverage", "table", "exportCsv", "exportXlsx", "workshop-coverage"),
            new Export("survey/results", "monthsForm", "exportCsv", "exportXlsx", "kohtaamo-results-HKI-KAMPPI"),
            new Export("survey/results", "pulseForm", "pulseCsv", "pulseXlsx", "kohtaamo-pulse-HKI-KAMPPI"),
            new Export("survey/results", "commentsForm", "commentsCsv", "commentsXlsx", "kohtaamo-comments-HKI-KAMPPI"),
            new Export("insight/analyses", "beforeAfterForm", "exportCsv", "exportXlsx", "kohtaamo-analyses"),
            new Export("audit/log", "log", "exportCsv", null, "kohtaamo-audit-log"),
            new Export("workshop/attendance", "export", "exportCsv", null, "workshop-attendance"));

    @ArquillianResource
    URL base;

    @Inject
    Units units;

    @Inject
    People people;

    @Inject
    AuditLog audit;

    @Inject
    Pulses pulses;

    private Unit unit(String name) {
        String code = "EX-" + UUID.randomUUID().toString().substring(0, 8);
        Unit region = Unit.blank(UnitKind.REGION);
        region.setCode(code + "-R");
        region.setName("Vientialue " + code);
        region = units.save(region, units.findByCode("PP").orElseThrow().getId());
        Unit unit = Unit.blank(UnitKind.UNIT);
        unit.setCode(code);
        unit.setName(name + " " + code);
        return units.save(unit, region.getId());
    }

    private Person person(Unit unit, String firstName, String language, Set<Unit> supervised, Role... roles) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        Person person = new Person("ex." + id, "ex." + id + "@example.com", firstName, "Henkilö " + id, unit);
        person.getRoles().addAll(List.of(roles));
        person.setPreferredLanguage(language);
        return people.save(person, supervised, PASSWORD);
    }

    private WebClient signIn(Person person) {
        return WebClient.signedIn(base, person.getUsername(), PASSWORD).inLanguage(person.getPreferredLanguage());
    }

    @Test
    void everyExportArrivesNeutralisedInTheReadersDialectAndIsAudited() throws Exception {
        Unit unit = unit("@SUM(1+1) Yksikkö");
        Person hr = person(unit, "Testi", "fi", Set.of(), Role.HR);
        person(unit, FORMULA, "fi", Set.of(), Role.EMPLOYEE);
        WebClient.anonymous(base).trySignIn("-2+3+cmd|' /C calc'!A0", "wrong password");
        Long kamppi = units.findByCode("HKI-KAMPPI").orElseThrow().getId();
        Map<String, String> query = Map.of(
                "learning/team-progress", "?unit=" + unit.getId(),
                "workshop/attendance", "?unit=" + unit.getId(),
                "survey/results", "?unit=" + kamppi);
        WebClient session = signIn(hr);
        Map<String, List<CSVRecord>> csvs = new HashMap<>();
        for (Export export : EXPORTS) {
            String address = export.page() + query.getOrDefault(export.page(), "");
            Document page = session.page(address);
            HttpResponse<byte[]> csv = session.download(page, export.form(), export.csv());
            assertThat(csv.statusCode()).as(export.page()).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Type"))
                    .as(export.page())
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
            assertThat(csv.headers().firstValue("Content-Disposition"))
                    .as(export.page())
                    .hasValueSatisfying(d -> assertThat(d).contains(export.name() + ".csv"));
            String text = new String(csv.body(), StandardCharsets.UTF_8);
            assertThat(text)
                    .as(export.page() + ": BOM and semicolons for a Finnish reader")
                    .startsWith("\uFEFF");
            List<CSVRecord> records = parse(text, ';');
            for (CSVRecord record : records) {
                assertThat(record.size())
                        .as(export.page() + " row " + record.getRecordNumber())
                        .isEqualTo(records.get(0).size());
                for (String cell : record) {
                    if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
                        assertThat(cell)
                                .as(export.page() + ": a cell a spreadsheet would run")
                                .matches("-\\d+(,\\d+)?");
                    }
                }
            }
            csvs.put(export.name(), records);
            if (export.xlsx() != null) {
                HttpResponse<byte[]> xlsx = session.download(session.page(address), export.form(), export.xlsx());
                assertThat(xlsx.statusCode()).as(export.page()).isEqualTo(200);
                assertThat(xlsx.headers().firstValue("Content-Type")).hasValue(Exports.XLSX_TYPE);
                try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
                    Sheet sheet = workbook.getSheetAt(0);
                    assertThat(sheet.getLastRowNum() + 1).as(export.page()).isEqualTo(records.size());
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            assertThat(cell.getCellType()).as(export.page()).isNotEqualTo(CellType.FORMULA);
                        }
                    }
                }
            }
        }

        assertThat(csvs.get("kohtaamo-insight").get(0))
                .as("semicolons between the columns")
                .hasSize(18);
        assertThat(column(csvs.get("kohtaamo-insight"), 0)).contains("'" + unit.getName());
        assertThat(column(csvs.get("workshop-coverage"), 0)).contains("'" + unit.getName());
        assertThat(column(csvs.get("team-progress"), 0)).anyMatch(name -> name.startsWith("'" + FORMULA + " Henkilö"));
        assertThat(column(csvs.get("kohtaamo-audit-log"), 1)).contains("'-2+3+cmd|' /c calc'!a0");
        assertThat(csvs.get("kohtaamo-results-HKI-KAMPPI"))
                .as("two years of Kamppi's months")
                .hasSizeGreaterThan(12);
        assertThat(csvs.get("kohtaamo-results-HKI-KAMPPI").get(1).get(5))
                .as("NPS a whole number")
                .matches("-?\\d+");
        assertThat(csvs.get("kohtaamo-comments-HKI-KAMPPI").get(0))
                .as("the comments export's columns")
                .containsExactly("answered_at", "nps", "csat", "channel", "comment", "themes");

        List<AuditEvent> downloads =
                audit.find(new AuditFilter(null, null, hr.getUsername(), AuditAction.EXPORTED, null), 0, 100, true);
        assertThat(downloads)
                .extracting(e -> e.getTargetLabel() + " " + e.getDetail().replaceFirst(" .*", ""))
                .contains(
                        "kohtaamo-insight csv",
                        "kohtaamo-insight xlsx",
                        "team-progress csv",
                        "team-progress xlsx",
                        "workshop-coverage csv",
                        "workshop-attendance csv",
                        "workshop-coverage xlsx",
                        "kohtaamo-results-HKI-KAMPPI csv",
                        "kohtaamo-results-HKI-KAMPPI xlsx",
                        "kohtaamo-pulse-HKI-KAMPPI csv",
                        "kohtaamo-pulse-HKI-KAMPPI xlsx",
                        "kohtaamo-comments-HKI-KAMPPI csv",
                        "kohtaamo-comments-HKI-KAMPPI xlsx",
                        "kohtaamo-analyses csv",
                        "kohtaamo-analyses xlsx",
                        "kohtaamo-audit-log csv");

        Person english = person(unit, "Testi", "en", Set.of(), Role.HR);
        WebClient englishSession = signIn(english);
        String csv = new String(
                englishSession
                        .download(englishSession.page("insight/dashboard"), "dashboard", "csv")
                        .body(),
                StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFUnit,Region,Staff,");
        assertThat(column(parse(csv, ','), 0)).contains("Palvelupiste Kamppi", "'" + unit.getName());
    }

    @Test
    void everyFigureOfTheDashboardReadsTheSameOnThePageInTheCsvXlsxAndPdf() throws Exception {
        Unit unit = unit("Vertailu");
        Person hr = person(unit, "Testi", "fi", Set.of(), Role.HR);
        WebClient session = signIn(hr);
        Document page = session.page("insight/dashboard");
        List<CSVRecord> csv =
                parse(new String(session.download(page, "dashboard", "csv").body(), StandardCharsets.UTF_8), ';');
        Map<String, CSVRecord> byUnit = new HashMap<>();
        csv.stream().skip(1).forEach(r -> byUnit.put(r.get(0).replaceFirst("^'", ""), r));
        Map<String, Row> xlsxByUnit = new HashMap<>();
        XSSFWorkbook workbook = new XSSFWorkbook(
                new ByteArrayInputStream(session.download(session.page("insight/dashboard"), "dashboard", "xlsx")
                        .body()));
        for (Row row : workbook.getSheetAt(0)) {
            if (row.getRowNum() > 0) {
                xlsxByUnit.put(row.getCell(0).getStringCellValue(), row);
            }
        }
        String pdf = pdfText(session.bytes(page.getElementById("dashboard:pdf").absUrl("href"))
                .body());

        YearMonth from = YearMonth.now(OrganisationZone.ZONE).minusMonths(5);
        String quarter = pdfText(session.bytes("insight/pdf?from=" + from + "&to=" + from.plusMonths(2))
                .body());
        DateTimeFormatter label = DateTimeFormatter.ofPattern("MM/yyyy");
        assertThat(quarter)
                .as("the chart covers the chosen three months")
                .contains(
                        from.format(label),
                        from.plusMonths(1).format(label),
                        from.plusMonths(2).format(label))
                .doesNotContain(
                        from.minusMonths(1).format(label),
                        YearMonth.now(OrganisationZone.ZONE).format(label));

        List<Element> rows = page.select("[id=dashboard:units] tbody tr");
        assertThat(rows).hasSizeGreaterThanOrEqualTo(12);
        int withNps = 0;
        int withCsat = 0;
        int withChange = 0;
        int withEnps = 0;
        for (Element row : rows) {
            List<Element> cells = row.select("> td");
            String name = cells.get(0).selectFirst("a").text();
            CSVRecord exported = byUnit.get(name);
            Row sheet = xlsxByUnit.get(name);
            assertThat(exported).as(name + " in the CSV").isNotNull();
            assertThat(sheet).as(name + " in the XLSX").isNotNull();
            assertThat(exported.get(2))
                    .as(name + " staff")
                    .isEqualTo(cells.get(1).ownText());
            assertThat(percent(exported.get(5)))
                    .as(name + " staff completion")
                    .isEqualTo(cells.get(3).ownText());
            assertThat(exported.get(9))
                    .as(name + " responses")
                    .isEqualTo(cells.get(6).selectFirst(".muted").text().replace("n = ", ""));
            String nps = shown(cells.get(6), ".nps");
            assertThat(exported.get(10)).as(name + " NPS").isEqualTo(nps);
            assertThat(exported.get(11)).as(name + " margin").isEqualTo(shown(cells.get(6), ".margin"));
            if (!nps.isEmpty()) {
                withNps++;
                assertThat(sheet.getCell(10).getNumericCellValue()).isEqualTo(Double.parseDouble(nps));
                String shownInPdf = nps
                        + (exported.get(11).isEmpty() ? "" : " ± " + exported.get(11))
                        + " (n = " + exported.get(9) + ")";
                assertThat(pdf).as(name + " in the PDF").contains(shownInPdf);
            }
            Element change = cells.get(7).selectFirst("span:not(.muted):not(.ui-column-title)");
            if (change != null && !change.text().isEmpty()) {
                withChange++;
                String interval = change.text().replace('−', '-');
                String fromCsv = (exported.get(12).startsWith("-") ? "" : "+") + exported.get(12) + " ["
                        + exported.get(13) + "; " + exported.get(14) + "]";
                assertThat(fromCsv).as(name + " change").isEqualTo(interval);
            } else {
                assertThat(exported.get(12)).as(name + " change").isEmpty();
            }
            String csat = shown(cells.get(8), ".csat");
            assertThat(exported.get(15)).as(name + " CSAT").isEqualTo(csat);
            if (!csat.isEmpty()) {
                withCsat++;
                assertThat(sheet.getCell(15).getNumericCellValue())
                        .isEqualTo(Double.parseDouble(csat.replace(',', '.')));
                assertThat(sheet.getCell(15).getCellStyle().getDataFormatString())
                        .isEqualTo("0.0");
            }
            String enps = shown(cells.get(9), ".enps");
            assertThat(exported.get(16))
                    .as(name + " eNPS, empty below the anonymity threshold")
                    .isEqualTo(enps);
            if (!enps.isEmpty()) {
                withEnps++;
            }
        }
        assertThat(withNps).isGreaterThanOrEqualTo(12);
        assertThat(withCsat).isGreaterThanOrEqualTo(12);
        assertThat(withChange).as("trained units with a change").isPositive();
        assertThat(withEnps).as("units whose pulse passed the threshold").isPositive();
        workbook.close();
    }

    @Test
    void thePulsePartOfCustomerResultsReadsTheSameOnThePageAndInTheExportsAndHiddenGroupsStayHidden() throws Exception {
        Unit team = unit("Pulssitiimi");
        Person hr = person(unit("Pulssivienti"), "Testi", "fi", Set.of(), Role.HR);
        // The unit's own rounds, so that no round another test left can push them off the page's latest four.
        PulseRound answered = pulses.open(
                hr,
                "Vastattu kierros " + hr.getId(),
                LocalDate.now(OrganisationZone.ZONE).minusDays(7),
                LocalDate.now(OrganisationZone.ZONE).minusDays(1),
                Set.of(team.getId()));
        for (int i = 0; i < pulses.threshold(); i++) {
            pulses.answer(
                    person(team, "Vastaaja", "fi", Set.of()),
                    answered.getId(),
                    List.of(4, 4, 3, 3, 5, 5, 4, 4, 2, 2, 3, 3),
                    i % 2 == 0 ? 9 : 5,
                    i == 0 ? "Hyvä tiimi" : null,
                    LocalDate.now(OrganisationZone.ZONE).minusDays(3));
        }
        PulseRound empty = pulses.open(
                hr,
                "Tyhjä kierros " + hr.getId(),
                LocalDate.now(OrganisationZone.ZONE),
                LocalDate.now(OrganisationZone.ZONE).plusDays(7),
                Set.of(team.getId()));
        pulses.closeEarly(empty.getId());
        WebClient session = signIn(hr);
        String address = "survey/results?unit=" + team.getId();
        Document page = session.page(address);
        List<CSVRecord> csv =
                parse(new String(session.download(page, "pulseForm", "pulseCsv").body(), StandardCharsets.UTF_8), ';');
        XSSFWorkbook workbook = new XSSFWorkbook(
                new ByteArrayInputStream(session.download(session.page(address), "pulseForm", "pulseXlsx")
                        .body()));
        Sheet sheet = workbook.getSheetAt(0);

        List<Element> titles =
                page.selectFirst("section[aria-labelledby=pulse-heading]").select("h3");
        assertThat(csv).as("a row per round the page lists").hasSize(titles.size() + 1);
        assertThat(csv.get(0).get(3)).isEqualTo("n");
        int shown = 0;
        int hidden = 0;
        for (int i = 0; i < titles.size(); i++) {
            CSVRecord row = csv.get(i + 1);
            Row cells = sheet.getRow(i + 1);
            Element title = titles.get(i);
            assertThat(row.get(0)).isEqualTo(title.text());
            Element next = title.nextElementSibling();
            if (next.hasClass("pulse-hidden")) {
                hidden++;
                assertThat(row.get(2)).as(title.text() + ": the page's reason").isEqualTo(next.text());
                for (int c = 3; c < row.size(); c++) {
                    assertThat(row.get(c))
                            .as(title.text() + ": a withheld group stays hidden in column " + c)
                            .isEmpty();
                }
                continue;
            }
            shown++;
            List<String> facts = next.select("dd").eachText();
            assertThat(row.get(2)).isEmpty();
            assertThat(row.get(3)).as(title.text() + " n").isEqualTo(facts.get(0));
            assertThat(cells.getCell(3).getNumericCellValue()).isEqualTo(Double.parseDouble(facts.get(0)));
            assertThat(row.get(4))
                    .as(title.text() + " eNPS")
                    .isEqualTo(facts.get(1).replace('−', '-'));
            assertThat(cells.getCell(4).getNumericCellValue())
                    .isEqualTo(Double.parseDouble(facts.get(1).replace('−', '-')));
            for (int f = 0; f < 6; f++) {
                String factor = facts.get(2 + f).replace(" / 5", "");
                assertThat(row.get(5 + f)).as(title.text() + " factor " + f).isEqualTo(factor);
                assertThat(cells.getCell(5 + f).getNumericCellValue())
                        .isEqualTo(Double.parseDouble(factor.replace(',', '.')));
            }
            Element comments = next.nextElementSibling();
            List<String> onPage = comments != null && comments.tagName().equals("h4")
                    ? comments.nextElementSibling().select("li").eachText().stream()
                            .map(c -> c.substring(1, c.length() - 1))
                            .toList()
                    : List.of();
            assertThat(row.get(11)).as(title.text() + " comments").isEqualTo(String.join("\n", onPage));
        }
        assertThat(shown).as("the answered round shows results").isPositive();
        assertThat(hidden).as("the round closed with no answers is withheld").isPositive();
        assertThat(csv.get(1).get(0)).isEqualTo(empty.getTitle());
        assertThat(csv.get(1).get(2))
                .isEqualTo("Alle " + empty.getThreshold() + " vastasi, joten tuloksia ei näytetä.");
        workbook.close();
    }

    @Test
    void aSupervisorsExportsHoldOnlyTheirOwnUnits() {
        Unit own = unit("Oma");
        Person supervisor = person(own, "Testi", "fi", Set.of(own), Role.EMPLOYEE);
        WebClient session = signIn(supervisor);
        List<CSVRecord> dashboard = parse(
                new String(
                        session.download(session.page("insight/dashboard"), "dashboard", "csv")
                                .body(),
                        StandardCharsets.UTF_8),
                ';');
        assertThat(column(dashboard, 0)).containsExactly(own.getName());
        HttpResponse<byte[]> results = session.download(session.page("survey/results"), "monthsForm", "exportCsv");
        assertThat(results.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains("kohtaamo-results-" + own.getCode()));
        assertThat(session.get("survey/results?unit="
                                + units.findByCode("HKI-KAMPPI").orElseThrow().getId())
                        .statusCode())
                .isEqualTo(403);
    }

    /** A figure as the page shows it, with the minus the CSV writes; empty where the page shows none. */
    private static String shown(Element cell, String selector) {
        Element figure = cell.selectFirst(selector);
        return figure == null ? "" : figure.text().replace('−', '-');
    }

    private static String percent(String exported) {
        return exported.isEmpty() ? "–" : exported + " %";
    }

    private static List<String> column(List<CSVRecord> records, int index) {
        return records.stream().skip(1).map(r -> r.get(index)).toList();
    }

    private static List<CSVRecord> parse(String text, char delimiter) {
        try {
            return CSVFormat.DEFAULT
                    .builder()
                    .setDelimiter(delimiter)
                    .get()
                    .parse(new StringReader(text.replaceFirst("^\uFEFF", "")))
                    .getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace('−', '-');
        }
    }
}
