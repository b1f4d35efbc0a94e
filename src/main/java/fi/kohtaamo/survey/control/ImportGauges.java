package fi.kohtaamo.survey.control;

import fi.kohtaamo.platform.metrics.SharedGauges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The survey imports' part of {@code /metrics}: imports being checked or imported now, and those that failed. */
@ApplicationScoped
public class ImportGauges implements SharedGauges {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Gauge> read() {
        Map<String, Long> imports = new TreeMap<>();
        em.createQuery("select i.status, count(i) from SurveyImport i group by i.status", Object[].class)
                .getResultList()
                .forEach(row -> imports.put(row[0].toString(), (Long) row[1]));
        return List.of(
                new Gauge(
                        "kohtaamo_imports_running",
                        "Survey imports being checked or imported now.",
                        imports.getOrDefault("CHECKING", 0L) + imports.getOrDefault("IMPORTING", 0L)),
                new Gauge(
                        "kohtaamo_imports_failed", "Survey imports that failed.", imports.getOrDefault("FAILED", 0L)));
    }
}
