package fi.kohtaamo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The "temporarily unavailable" answer is complete in every language without anything but the message bundles. */
class UnavailablePageTest {

    @Test
    void thePageIsInTheVisitorsLanguageFollowedByTheOthers() {
        String page = UnavailablePage.html(List.of("sv", "fi", "en"));

        assertThat(page)
                .startsWith("<!DOCTYPE html>\n<html lang=\"sv\">")
                .contains("<title>Kohtaamo är tillfälligt otillgängligt</title>")
                .contains("<h1>Kohtaamo är tillfälligt otillgängligt</h1>")
                .contains("<section lang=\"fi\">\n<h2>Kohtaamo on tilapäisesti poissa käytöstä</h2>")
                .contains("<section lang=\"en\">\n<h2>Kohtaamo is temporarily unavailable</h2>")
                .contains("Försök igen")
                .doesNotContain("Exception");
    }

    @Test
    void theApiGetsProblemDetails() {
        assertThat(UnavailablePage.problemJson())
                .startsWith(
                        "{\"type\":\"about:blank\",\"title\":\"Kohtaamo is temporarily unavailable\",\"status\":503,")
                .contains("\"detail\":\"Kohtaamo cannot reach its database just now, so nothing was stored.");
    }
}
