package fi.kohtaamo.survey.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.nayuki.qrcodegen.QrCode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QrCodesTest {

    @Test
    void drawsEveryDarkModuleInsideAQuietZoneAndEscapesTheLabel() {
        String url = "https://kohtaamo.example/survey/respond?unit=HKI-KAMPPI";
        QrCode qr = QrCode.encodeText(url, QrCode.Ecc.MEDIUM);
        int dark = 0;
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                dark += qr.getModule(x, y) ? 1 : 0;
            }
        }

        String svg = QrCodes.svg(url, "QR \"Kamppi\" <survey>");

        assertThat(svg).startsWith("<svg").contains("viewBox=\"0 0 " + (qr.size + 8) + " " + (qr.size + 8) + "\"");
        assertThat(svg).contains("aria-label=\"QR &quot;Kamppi&quot; &lt;survey&gt;\"");
        Matcher modules = Pattern.compile("M(\\d+),(\\d+)h1v1h-1z").matcher(svg);
        int count = 0;
        while (modules.find()) {
            count++;
            assertThat(Integer.parseInt(modules.group(1))).isBetween(4, qr.size + 3);
            assertThat(Integer.parseInt(modules.group(2))).isBetween(4, qr.size + 3);
        }
        assertThat(count).isEqualTo(dark);
        assertThat(qr.getModule(0, 0)).as("finder pattern corner").isTrue();
        assertThat(svg).contains("M4,4h1v1h-1z");
    }
}
