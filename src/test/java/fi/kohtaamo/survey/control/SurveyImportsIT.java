package fi.kohtaamo.survey.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.organisation.entity.UnitKind;
import fi.kohtaamo.platform.config.OrganisationZone;
import fi.kohtaamo.platform.persistence.Database;
import fi.kohtaamo.platform.stats.NpsTally;
import fi.kohtaamo.survey.control.ImportMapping.Field;
import fi.kohtaamo.survey.entity.Channel;
import fi.kohtaamo.survey.entity.SurveyImport;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Survey files import exactly once, all or nothing, with every bad row reported and written to a rejects file. */
@ExtendWith(ArquillianExtension.class)
class SurveyImportsIT {

    @Inject
    SurveyImports imports;

    @Inject
    ImportJobs jobs;

    @Inject
    Units units;

    @Inject
    UnitResults results;

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    private Unit newUnit() {
        Unit unit = Unit.blank(UnitKind.UNIT);
        String code = "I-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        unit.setCode(code);
        unit.setName("Tuontiyksikkö " + code);
        return units.save(unit, units.findByCode("LANSI").orElseThrow().getId());
    }

    @Resource
    jakarta.transaction.UserTransaction transaction;

    private Person hr;

    /** Reads in a transaction of its own: this test thread has already run several. */
    private <T> T read(java.util.concurrent.Callable<T> query) throws Exception {
        transaction.begin();
        try {
            return query.call();
        } finally {
            transaction.commit();
        }
    }

    private Person hr() {
        if (hr == null) {
            hr = em.createQuery("select p from Person p where p.username = 'hr.demo'", Person.class)
                    .getSingleResult();
        }
        return hr;
    }

    private SurveyImport upload(String text, Charset charset) throws Exception {
        return imports.upload("export.csv", new ByteArrayInputStream(text.getBytes(charset)), hr());
    }

    /** The import once it has that status; it fails at once if the import failed instead. */
    private SurveyImport await(Long id, SurveyImport.Status status) {
        return Awaitility.await("import " + id + " to become " + status)
                .atMost(Duration.ofSeconds(30))
                .pollInSameThread()
                .until(() -> imports.find(id).orElseThrow(), current -> {
                    assertThat(current.getStatus()).as("import %s", id).isNotIn(SurveyImport.Status.FAILED);
                    return current.getStatus() == status;
                });
    }

    private SurveyImport checkAndImport(SurveyImport upload) throws Exception {
        imports.check(upload.getId(), imports.mapping(upload), Channel.VISIT, null);
        jobs.submit(upload.getId());
        await(upload.getId(), SurveyImport.Status.CHECKED);
        imports.startImport(upload.getId());
        jobs.submit(upload.getId());
        return await(upload.getId(), SurveyImport.Status.DONE);
    }

    @Test
    void reimportingAnOverlappingFileAddsOnlyTheNewRowsAndCountsMonthsExactly() throws Exception {
        String code = newUnit().getCode();
        Unit unit = units.findByCode(code).orElseThrow();
        String first = "Yksikkö;Päivämäärä;Suositteluhalukkuus;Tyytyväisyys;Avoin palaute\r\n"
                + code + ";3.3.2026 10:00;10;5;Erinomaista\r\n"
                + code + ";4.3.2026 11:30;8;4;\r\n"
                + code + ";4.3.2026 11:30;8;4;\r\n"
                + code + ";5.3.2026 klo 9.15;2;1;\"Jonoa;\nliian pitkään\"\r\n";
        String overlapping = "Yksikkö;Päivämäärä;Suositteluhalukkuus;Tyytyväisyys;Avoin palaute\r\n"
                + code + ";4.3.2026 11:30;8;4;\r\n"
                + code + ";5.3.2026 klo 9.15;2;1;\"Jonoa;\nliian pitkään\"\r\n"
                + code + ";6.4.2026 16:45;9;;Kiitos\r\n";

        SurveyImport once = checkAndImport(upload(first, Charset.forName("windows-1252")));
        SurveyImport twice = checkAndImport(upload(overlapping, StandardCharsets.UTF_8));

        assertThat(List.of(once.getTotalRows(), once.getValidRows(), once.getAddedRows(), once.getDuplicateRows()))
                .as("a row repeated in the file is skipped")
                .containsExactly(4L, 4L, 3L, 1L);
        assertThat(List.of(twice.getAddedRows(), twice.getDuplicateRows())).containsExactly(1L, 2L);
        List<UnitResults.Month> months = read(() -> results.monthly(Set.of(unit.getId()), LocalDate.of(2026, 3, 1)));
        assertThat(months).hasSize(2);
        assertThat(months.get(0).tally().total()).isEqualTo(3);
        assertThat(months.get(0).tally().promoters()).isEqualTo(1);
        assertThat(months.get(0).tally().passives()).isEqualTo(1);
        assertThat(months.get(0).tally().detractors()).isEqualTo(1);
        assertThat(months.get(0).csat()).isEqualTo(10.0 / 3);
        assertThat(months.get(1).tally().total()).isEqualTo(1);
        assertThat(months.get(1).csat()).isNull();
        assertThat(read(() -> results.latestComments(Set.of(unit.getId()), 5)))
                .extracting(r -> r.getComment())
                .contains("Jonoa;\nliian pitkään", "Kiitos");
        assertThat(Files.exists(imports.file(twice)))
                .as("the uploaded file is deleted after import")
                .isFalse();
    }

    @Test
    void everyBadRowIsListedAndWrittenToTheRejectsFile() throws Exception {
        String code = newUnit().getCode();
        SurveyImport upload = upload(
                "unit,date,nps,csat\n"
                        + code + ",2026-05-01T10:00,9,5\n"
                        + "NO-SUCH-UNIT,2026-05-01T10:00,9,5\n"
                        + code + ",31.2.2026,11,\n"
                        + code + ",2099-01-01,7,3\n"
                        + "=1+1,2026-05-01T10:00,-3,5\n",
                StandardCharsets.UTF_8);

        imports.check(upload.getId(), imports.mapping(upload), Channel.ONLINE, null);
        jobs.submit(upload.getId());
        SurveyImport checked = await(upload.getId(), SurveyImport.Status.CHECKED);

        assertThat(List.of(checked.getTotalRows(), checked.getValidRows(), checked.getRejectedRows()))
                .containsExactly(5L, 1L, 4L);
        assertThat(imports.problems(upload.getId()))
                .extracting(
                        SurveyImports.ProblemRow::rowNumber,
                        SurveyImports.ProblemRow::column,
                        SurveyImports.ProblemRow::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3L, "unit", "UNKNOWN_UNIT"),
                        org.assertj.core.groups.Tuple.tuple(4L, "date", "BAD_DATE"),
                        org.assertj.core.groups.Tuple.tuple(4L, "nps", "NPS_RANGE"),
                        org.assertj.core.groups.Tuple.tuple(5L, "date", "FUTURE_DATE"),
                        org.assertj.core.groups.Tuple.tuple(6L, "nps", "NPS_RANGE"),
                        org.assertj.core.groups.Tuple.tuple(6L, "unit", "UNKNOWN_UNIT"));
        List<String> rejects = Files.readAllLines(imports.rejectsFile(checked), StandardCharsets.UTF_8);
        assertThat(rejects).hasSize(5);
        assertThat(rejects.get(0)).isEqualTo("\uFEFFunit,date,nps,csat,Rivi,Virheet");
        assertThat(rejects.get(2)).startsWith(code + ",31.2.2026,11,,4,").contains("date: ei ole päivämäärä");
        assertThat(rejects.get(4))
                .as("a formula comes back as text, a number as it was")
                .startsWith("'=1+1,2026-05-01T10:00,-3,5,6,");

        imports.cancel(upload.getId());
        assertThat(Files.exists(imports.rejectsFile(checked))).isFalse();
        assertThat(Files.exists(imports.file(checked))).isFalse();
    }

    @Test
    void aSavedTemplateMapsTheNextFileFromTheSameSource() throws Exception {
        String tool = "Tool " + UUID.randomUUID();
        String q = "Q1 score " + UUID.randomUUID().toString().substring(0, 8);
        SurveyImport first = upload(q + ";Site;Submitted\n9;HKI-KAMPPI;2026-01-01\n", StandardCharsets.UTF_8);
        assertThat(imports.mapping(first).missing()).as("the names say nothing").isNotEmpty();

        imports.check(
                first.getId(),
                ImportMapping.of(Map.of(Field.NPS, 0, Field.UNIT, 1, Field.ANSWERED_AT, 2)),
                Channel.OTHER,
                tool);
        SurveyImport next =
                upload("Submitted;" + q + ";Site;Extra\n2026-01-02;7;HKI-KAMPPI;x\n", StandardCharsets.UTF_8);

        assertThat(imports.mapping(next).columns())
                .containsExactlyInAnyOrderEntriesOf(Map.of(Field.ANSWERED_AT, 0, Field.NPS, 1, Field.UNIT, 2));
        jobs.submit(first.getId());
        await(first.getId(), SurveyImport.Status.CHECKED);
        imports.cancel(first.getId());
        imports.cancel(next.getId());
    }

    @Test
    void stagedRowsRolledBackLeaveNothingBehind() throws Exception {
        Unit unit = newUnit();
        long importId = -System.nanoTime();
        ImportRowParser parser = new ImportRowParser(
                ImportMapping.of(Map.of(Field.UNIT, 0, Field.ANSWERED_AT, 1, Field.NPS, 2)),
                c -> java.util.Optional.of(unit.getId()),
                Channel.OTHER,
                LocalDateTime.now(OrganisationZone.ZONE));
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (ResponseImporter importer = new ResponseImporter(
                    connection, importId, java.time.Clock.system(fi.kohtaamo.platform.config.OrganisationZone.ZONE))) {
                for (int day = 1; day <= 3; day++) {
                    importer.stage(parser.parse(List.of("x", day + ".2.2026 12:00", "9"))
                            .row());
                }
                assertThat(importer.complete()).isEqualTo(new ResponseImporter.Result(3, 0));
                assertThat(count(connection, unit))
                        .as("visible inside the transaction")
                        .isEqualTo(3);
            }
            connection.rollback();
        }
        try (Connection connection = dataSource.getConnection()) {
            assertThat(count(connection, unit)).isZero();
            try (PreparedStatement staged =
                    connection.prepareStatement("select count(*) from import_row where import_id = ?")) {
                staged.setLong(1, importId);
                try (ResultSet rs = staged.executeQuery()) {
                    rs.next();
                    assertThat(rs.getLong(1)).isZero();
                }
            }
        }
        assertThat(results.monthly(Set.of(unit.getId()), LocalDate.of(2026, 1, 1)))
                .isEmpty();
    }

    @Test
    void importedRowsCountInTheMonthOfTheirVisitWhenTheFileGivesOne() throws Exception {
        Unit unit = newUnit();
        long importId = -System.nanoTime();
        ImportRowParser parser = new ImportRowParser(
                ImportMapping.propose(List.of("Yksikkö", "Käyntipäivä", "Vastausaika", "NPS")),
                c -> java.util.Optional.of(unit.getId()),
                Channel.OTHER,
                LocalDateTime.now(OrganisationZone.ZONE));
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (ResponseImporter importer = new ResponseImporter(
                    connection, importId, java.time.Clock.system(fi.kohtaamo.platform.config.OrganisationZone.ZONE))) {
                importer.stage(parser.parse(List.of("x", "31.1.2026 18:00", "1.2.2026 9:00", "10"))
                        .row());
                importer.stage(parser.parse(List.of("x", "30.1.2026", "2.2.2026 9:00", "3"))
                        .row());
                importer.stage(
                        parser.parse(List.of("x", "", "3.2.2026 9:00", "9")).row());
                assertThat(importer.complete()).isEqualTo(new ResponseImporter.Result(3, 0));
            }
            connection.commit();
        }

        assertThat(results.monthly(Set.of(unit.getId()), LocalDate.of(2026, 1, 1)))
                .extracting(m -> m.month() + " " + m.tally())
                .containsExactly("2026-01-01 " + new NpsTally(1, 0, 1), "2026-02-01 " + new NpsTally(1, 0, 0));
        try (Connection connection = dataSource.getConnection();
                PreparedStatement visits = connection.prepareStatement(
                        "select visited_at from customer_response where unit_id = ? order by answered_at")) {
            visits.setLong(1, unit.getId());
            List<Object> stored = new java.util.ArrayList<>();
            try (ResultSet rs = visits.executeQuery()) {
                while (rs.next()) {
                    stored.add(
                            rs.getTimestamp(1) == null
                                    ? null
                                    : rs.getTimestamp(1).toLocalDateTime());
                }
            }
            assertThat(stored)
                    .containsExactly(LocalDateTime.of(2026, 1, 31, 18, 0), LocalDateTime.of(2026, 1, 30, 0, 0), null);
        }
    }

    private static long count(Connection connection, Unit unit) throws Exception {
        try (PreparedStatement query =
                connection.prepareStatement("select count(*) from customer_response where unit_id = ?")) {
            query.setLong(1, unit.getId());
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
