package fi.kohtaamo.survey.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.content.entity.Sentiment;
import fi.kohtaamo.content.entity.Theme;
import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.organisation.entity.UnitKind;
import fi.kohtaamo.survey.entity.Channel;
import fi.kohtaamo.survey.entity.CommentTheme;
import fi.kohtaamo.survey.entity.CustomerResponse;
import fi.kohtaamo.survey.entity.Source;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Comment themes are stored with each response: read as a response is recorded, and read afterwards by the backfill
 * for the comments stored without them (before V27, or by a bulk import), batch by batch until none is left.
 */
@ExtendWith(ArquillianExtension.class)
class CommentThemesIT {

    @Inject
    Responses responses;

    @Inject
    UnitResults results;

    @Inject
    CommentThemeBackfill backfill;

    @Inject
    Units units;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    private final LocalDateTime may = LocalDateTime.of(2026, 5, 4, 10, 0);

    private Unit unit() {
        Unit unit = Unit.blank(UnitKind.UNIT);
        String code = "T-" + UUID.randomUUID().toString().substring(0, 8);
        unit.setCode(code);
        unit.setName("Teemayksikkö " + code);
        return units.save(unit, units.findByCode("LANSI").orElseThrow().getId());
    }

    private CustomerResponse answer(Unit unit, int minute, int nps, String comment) {
        return new CustomerResponse(unit, may.plusMinutes(minute), nps, null, comment, Channel.PHONE, Source.API, null);
    }

    /** The unit's comments as stored, with their themes, newest first. */
    private List<CustomerResponse> stored(Unit unit) throws Exception {
        transaction.begin();
        try {
            em.clear();
            List<CustomerResponse> comments = results.comments(Set.of(unit.getId()), LocalDate.of(2026, 5, 1));
            comments.forEach(r -> r.getThemes().size());
            return comments;
        } finally {
            transaction.commit();
        }
    }

    @Test
    void aRecordedCommentIsStoredWithItsThemesAndSentiment() throws Exception {
        Unit unit = unit();

        responses.record(List.of(
                answer(unit, 0, 3, "Jouduin jonottamaan tunnin, mutta virkailija oli ystävällinen."),
                answer(unit, 1, 10, "Kiitos!"),
                answer(unit, 2, 9, null)));

        List<CustomerResponse> comments = stored(unit);
        assertThat(comments).hasSize(2);
        assertThat(comments.get(0).getThemes()).isEmpty();
        assertThat(comments.get(0).isThemesRead()).isTrue();
        assertThat(comments.get(1).getThemes())
                .containsExactlyInAnyOrder(
                        new CommentTheme(Theme.WAITING, Sentiment.COMPLAINT),
                        new CommentTheme(Theme.FRIENDLINESS, Sentiment.PRAISE));
    }

    @Test
    void commentsStoredWithoutThemesAreReadByTheBackfillInBatchesUntilNoneIsLeft() throws Exception {
        Unit unit = unit();
        List<CustomerResponse> batch = new ArrayList<>();
        for (int i = 0; i < CommentThemeBackfill.BATCH + 3; i++) {
            batch.add(answer(unit, i, 2, i % 2 == 0 ? "Nobody took ownership of my case." : "Sovellus kaatui taas."));
        }
        responses.record(batch);
        // as a bulk import or a database from before V27 leaves them: comments whose themes are not read
        transaction.begin();
        em.createNativeQuery("delete from customer_response_theme where response_id in"
                        + " (select id from customer_response where unit_id = ?)")
                .setParameter(1, unit.getId())
                .executeUpdate();
        em.createNativeQuery("update customer_response set themes_read = false where unit_id = ?")
                .setParameter(1, unit.getId())
                .executeUpdate();
        transaction.commit();
        assertThat(stored(unit)).allSatisfy(r -> {
            assertThat(r.isThemesRead()).isFalse();
            assertThat(r.getThemes()).isEmpty();
        });

        int read = backfill.readPending();

        assertThat(read).isGreaterThanOrEqualTo(CommentThemeBackfill.BATCH + 3);
        List<CustomerResponse> comments = stored(unit);
        assertThat(comments)
                .hasSize(CommentThemeBackfill.BATCH + 3)
                .allSatisfy(r -> assertThat(r.isThemesRead()).isTrue());
        assertThat(comments)
                .filteredOn(r -> r.getComment().startsWith("Nobody"))
                .allSatisfy(r -> assertThat(r.getThemes())
                        .containsExactly(new CommentTheme(Theme.BOUNCED, Sentiment.COMPLAINT)));
        assertThat(comments)
                .filteredOn(r -> r.getComment().startsWith("Sovellus"))
                .allSatisfy(r -> assertThat(r.getThemes())
                        .containsExactly(new CommentTheme(Theme.SYSTEMS, Sentiment.COMPLAINT)));
        assertThat(backfill.readPending()).as("nothing is left to read").isZero();
    }

    @Test
    void aChangedVocabularyHasEveryCommentReadAgainAtTheNextStartAndAnUnchangedOneNone() throws Exception {
        Unit unit = unit();
        responses.record(List.of(answer(unit, 0, 2, "Sovellus kaatui taas.")));
        backfill.readPending();
        assertThat(backfill.readAgainIfChanged())
                .as("the start kept the edition")
                .isFalse();
        // a theme read with an earlier vocabulary, and the edition that vocabulary had
        transaction.begin();
        em.createNativeQuery("update customer_response_theme set theme = 'PROCESSES' where response_id in"
                        + " (select id from customer_response where unit_id = ?)")
                .setParameter(1, unit.getId())
                .executeUpdate();
        em.createNativeQuery("update setting set setting_value = 'rules 0, vocabulary old' where name = ?")
                .setParameter(1, "comments.themeEdition")
                .executeUpdate();
        transaction.commit();
        em.getEntityManagerFactory().getCache().evictAll();

        assertThat(backfill.readAgainIfChanged()).isTrue();
        assertThat(stored(unit)).allSatisfy(r -> assertThat(r.isThemesRead()).isFalse());
        backfill.readPending();

        assertThat(stored(unit))
                .singleElement()
                .satisfies(r -> assertThat(r.getThemes())
                        .containsExactly(new CommentTheme(Theme.SYSTEMS, Sentiment.COMPLAINT)));
        assertThat(backfill.readAgainIfChanged())
                .as("read with this edition now")
                .isFalse();
    }
}
