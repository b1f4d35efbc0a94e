package fi.kohtaamo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The upload limit the filter enforces is the one web.xml gives the Faces servlet, and the pages tell the same. */
class UploadLimitFilterTest {

    @Test
    void theFilterRefusesExactlyWhatTheFacesServletWouldRefuse() throws Exception {
        String webXml = Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml"));

        assertThat(number(webXml, "<max-request-size>(\\d+)</max-request-size>"))
                .isEqualTo(UploadLimitFilter.MAX_REQUEST_BYTES);
        assertThat(number(webXml, "<max-file-size>(\\d+)</max-file-size>"))
                .isLessThan(UploadLimitFilter.MAX_REQUEST_BYTES);
    }

    @Test
    void theImportPageChecksTheSameFileSizeBeforeUploading() throws Exception {
        String webXml = Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml"));
        String page = Files.readString(Path.of("src/main/webapp/survey/import.xhtml"));

        assertThat(number(page, "sizeLimit=\"(\\d+)\""))
                .isEqualTo(number(webXml, "<max-file-size>(\\d+)</max-file-size>"));
    }

    private static long number(String text, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(text);
        assertThat(m.find()).as(pattern).isTrue();
        return Long.parseLong(m.group(1));
    }
}
