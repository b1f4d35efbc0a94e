package fi.kohtaamo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * An address whose view parameter does not convert ({@code /insight/unit?unit=abc}) answers 404, the friendly "not
 * found" page, instead of a page rendered without its data: every page that takes a view parameter declares
 * OmniFaces' {@code <o:viewParamValidationFailed sendError="404"/>} in its metadata. A form's own validation
 * messages still show beside its fields, since the tag acts on GET requests only. {@code AccessMatrixIT} opens such
 * addresses on the deployed application.
 */
class ViewParametersTest {

    @Test
    void everyPageWithAViewParameterAnswers404WhenItDoesNotConvert() throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
            pages = files.filter(file -> file.toString().endsWith(".xhtml"))
                    .filter(file -> read(file).contains("<f:viewParam "))
                    .toList();
        }
        assertThat(pages).hasSizeGreaterThan(10);
        assertThat(pages.stream()
                        .filter(page -> !read(page).contains("<o:viewParamValidationFailed sendError=\"404\"/>")
                                // Facelets ignores a tag of an unknown namespace without a word (OmniFaces 4.7 has no
                                // short "omnifaces" namespace), so the namespace is part of the rule.
                                || !read(page).contains("xmlns:o=\"http://omnifaces.org/ui\""))
                        .toList())
                .isEmpty();
    }

    private static String read(Path page) {
        try {
            return Files.readString(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
