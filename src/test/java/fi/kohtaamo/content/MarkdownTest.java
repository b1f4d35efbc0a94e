package fi.kohtaamo.content;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.content.control.Markdown;
import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void rawHtmlAndScriptAreEscapedNeverRendered() {
        String html = Markdown.toHtml("Hello <script>alert(1)</script> <img src=x onerror=alert(2)>");

        assertThat(html).doesNotContain("<script>").doesNotContain("<img").contains("&lt;script&gt;");
    }

    @Test
    void javascriptLinksAreSanitised() {
        assertThat(Markdown.toHtml("[click](javascript:alert(1))")).doesNotContain("javascript:");
    }

    @Test
    void svgHandlersDataUrlsAndMixedCaseSchemesNeverBecomeMarkup() {
        String html = Markdown.toHtml(String.join(
                "\n\n",
                "<svg onload=alert(1)>",
                "[a](JaVaScRiPt:alert(1)) [b](data:text/html,<script>alert(1)</script>) [c](vbscript:msgbox(1))",
                "![d](javascript:alert(1))",
                "[e](<http://ok.example\" onmouseover=\"alert(1)>)",
                "<a href=\"javascript:alert(1)\">f</a>"));

        assertThat(html)
                .doesNotContain("<svg", "<script", "<a href=\"javascript")
                .doesNotContainIgnoringCase("href=\"javascript:")
                .doesNotContainIgnoringCase("src=\"javascript:")
                .doesNotContain("href=\"data:", "href=\"vbscript:", "\" onmouseover=\"");
    }

    @Test
    void expressionLanguageInContentStaysText() {
        assertThat(Markdown.toHtml("Total #{facesContext.externalContext.sessionMap} and ${7+7}"))
                .isEqualTo("<p>Total #{facesContext.externalContext.sessionMap} and ${7+7}</p>\n");
    }

    @Test
    void stepLinksBecomeTheCallersAddresses() {
        String html = Markdown.toHtml("See [the scenario](step:05).", n -> "?id=m&step=" + n);

        assertThat(html).contains("href=\"?id=m&amp;step=5\">the scenario</a>");
    }

    @Test
    void ordinaryMarkdownRenders() {
        assertThat(Markdown.toHtml("**bold** and a list:\n\n- one\n- two"))
                .contains("<strong>bold</strong>")
                .contains("<li>one</li>");
    }
}
