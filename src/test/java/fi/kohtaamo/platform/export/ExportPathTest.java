package fi.kohtaamo.platform.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every table leaves Kohtaamo through {@link Exports}: a page may not use PrimeFaces' {@code p:dataExporter} (which
 * neither neutralises formulas nor writes Finnish Excel's CSV), and every download button hands a table to
 * {@code exports.csv(…)} or {@code exports.xlsx(…)}. The two downloads that are not tables are named here with the
 * reason.
 */
class ExportPathTest {

    private static final Path PAGES = Path.of("src/main/webapp");
    private static final Pattern DOWNLOAD = Pattern.compile("<p:fileDownload\\s+value=\"#\\{([^\"]*)\\}\"");
    private static final Pattern THROUGH_EXPORTS = Pattern.compile("exports\\.(csv|xlsx)\\([A-Za-z]+Bean\\.table\\)");
    private static final Map<String, String> NOT_TABLES = Map.of(
            "personalDataBean.download(personEditBean.person.id)", "one JSON file of a person's data, not a table",
            "surveyImportBean.rejects",
                    "the uploaded file's own rejected rows, neutralised cell by cell by ImportJobs");

    @Test
    void noPageUsesPrimeFacesDataExporter() throws IOException {
        assertThat(pages().stream()
                        .filter(page -> read(page).contains("dataExporter"))
                        .toList())
                .isEmpty();
    }

    private static final Pattern BUTTON = Pattern.compile("<p:commandButton\\s+id=\"([^\"]+)\"");

    @Test
    void everyExportButtonIsDownloadedByExportsIT() throws IOException {
        java.util.Set<String> offered = new java.util.TreeSet<>();
        for (Path page : pages()) {
            String text = read(page);
            String view = PAGES.relativize(page).toString().replace(".xhtml", "");
            Matcher download = DOWNLOAD.matcher(text);
            while (download.find()) {
                if (THROUGH_EXPORTS.matcher(download.group(1)).matches()) {
                    Matcher button = BUTTON.matcher(text.substring(0, download.start()));
                    String id = null;
                    while (button.find()) {
                        id = button.group(1);
                    }
                    offered.add(view + " " + id);
                }
            }
        }
        java.util.Set<String> tested = new java.util.TreeSet<>();
        for (ExportsIT.Export export : ExportsIT.EXPORTS) {
            tested.add(export.page() + " " + export.csv());
            if (export.xlsx() != null) {
                tested.add(export.page() + " " + export.xlsx());
            }
        }
        assertThat(offered).isEqualTo(tested);
    }

    @Test
    void everyDownloadButtonOfATableGoesThroughExports() throws IOException {
        List<String> downloads = new ArrayList<>();
        List<String> stray = new ArrayList<>();
        for (Path page : pages()) {
            Matcher m = DOWNLOAD.matcher(read(page));
            while (m.find()) {
                downloads.add(m.group(1));
                if (!THROUGH_EXPORTS.matcher(m.group(1)).matches() && !NOT_TABLES.containsKey(m.group(1))) {
                    stray.add(PAGES.relativize(page) + ": " + m.group(1));
                }
            }
        }
        assertThat(stray).isEmpty();
        assertThat(downloads)
                .as("the dashboard, team progress, coverage, customer results, analyses and audit log exports")
                .filteredOn(d -> d.startsWith("exports."))
                .hasSizeGreaterThanOrEqualTo(11);
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(PAGES)) {
            return files.filter(f -> f.toString().endsWith(".xhtml")).toList();
        }
    }

    private static String read(Path page) {
        try {
            return Files.readString(page);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
