package fi.kohtaamo.workshop.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.workshop.control.PathMapDocument.Mark;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class PathMapDrawingTest {

    static final PathMapDrawing.Labels LABELS = new PathMapDrawing.Labels(
            Map.of(Mark.BOUNCE, "Bounce", Mark.WAIT, "Wait", Mark.REPEAT, "Repeat", Mark.MOMENT_OF_TRUTH, "Moment"),
            "Feeling",
            "Dashed arrow: a hand-off",
            "Commitment",
            java.util.ResourceBundle.getBundle("fi.kohtaamo.i18n.messages", java.util.Locale.UK)
                    .getString("pathMap.description"));

    private final PathMapDocument map = PathMapDocument.parse(PathMapDocumentTest.MAP);

    @Test
    void drawsEveryLaneTouchpointAndMarkAsText() throws Exception {
        Document svg = parse(new PathMapDrawing("Today's path", map, LABELS).svgDocument());

        String text = svg.getDocumentElement().getTextContent();
        assertThat(svg.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Today's path");
        assertThat(svg.getElementsByTagName("desc").item(0).getTextContent())
                .isEqualTo("A customer path of 4 touchpoints in 3 lanes: 1 bounce, 1 wait, 2 hand-offs.");
        assertThat(text)
                .contains(
                        "Customer",
                        "Paint desk",
                        "Tool desk",
                        "1. Asks about a deck",
                        "Bounce",
                        "Repeat",
                        "Wait",
                        "Moment",
                        "Commitment");
        assertThat(svg.getDocumentElement().getAttribute("role")).isEqualTo("img");
    }

    @Test
    void handOffsAreDashedAndTheSameLaneIsNot() throws Exception {
        Document svg = parse(new PathMapDrawing("Map", map, LABELS).svgDocument());

        var lines = svg.getElementsByTagName("line");
        long dashedThick = 0;
        long solidArrows = 0;
        for (int i = 0; i < lines.getLength(); i++) {
            var line = (org.w3c.dom.Element) lines.item(i);
            if (line.getAttribute("stroke").equals("#004a8f") && line.hasAttribute("stroke-dasharray")) {
                dashedThick++;
            } else if (line.getAttribute("stroke").equals("#1f2933")
                    && line.getAttribute("stroke-width").equals("1.5")) {
                solidArrows++;
            }
        }
        assertThat(dashedThick).as("two hand-offs and the legend's sample").isEqualTo(3);
        assertThat(solidArrows).as("t3 → t4 stay in the tool desk's lane").isEqualTo(1);
    }

    @Test
    void theFeelingLinePassesThroughEachTouchpoint() throws Exception {
        Document svg = parse(new PathMapDrawing("Map", map, LABELS).svgDocument());

        String points =
                ((org.w3c.dom.Element) svg.getElementsByTagName("polyline").item(0)).getAttribute("points");
        String[] pairs = points.split(" ");
        assertThat(pairs).hasSize(4);
        double y0 = Double.parseDouble(pairs[0].split(",")[1]);
        double y1 = Double.parseDouble(pairs[1].split(",")[1]);
        double y3 = Double.parseDouble(pairs[3].split(",")[1]);
        assertThat(y1).as("−2 is lowest").isGreaterThan(y0);
        assertThat(y3).as("+1 is above 0").isLessThan(y0);
    }

    @Test
    void textIsEscaped() throws Exception {
        PathMapDocument tricky = PathMapDocument.parse(
                PathMapDocumentTest.MAP.replace("Gets the answer", "<script>alert(1)</script> & done"));

        String svg = new PathMapDrawing("A <b>map</b>", tricky, LABELS).svg();

        assertThat(svg).doesNotContain("<script>", "<b>").contains("&lt;script&gt;", "&amp;");
        assertThat(parse(svg).getDocumentElement().getTextContent()).contains("A <b>map</b>");
    }

    @Test
    void thePictureHasTheDrawingsProportionsAtTwiceItsSize() throws Exception {
        PathMapDrawing drawing = new PathMapDrawing("Map", map, LABELS);

        var image = ImageIO.read(new ByteArrayInputStream(drawing.png()));

        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(drawing.width() * 2));
        assertThat(image.getHeight()).isEqualTo((int) Math.ceil(drawing.height() * 2));
        assertThat(image.getRGB(0, 0) & 0xffffff).isEqualTo(0xffffff);
    }

    private static Document parse(String svg) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }
}
