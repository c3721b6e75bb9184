package io.sockscope.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.sockscope.app.diagram.surface.Rgba;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The SVG surface writes fewer elements for the same picture: a rectangle filled and then
 * outlined is one element painted with both, a round dot is a circle; order and every other
 * shape stay as drawn.
 */
class SvgSurfaceTest {
    private static final Rgba RED = Rgba.web("#ff0000");
    private static final Rgba BLUE = Rgba.web("#0000ff");

    @Test
    void aRectangleFilledThenOutlinedIsOneElementWithBothPaints() throws Exception {
        SvgSurface s = new SvgSurface(100, 100);
        s.setFill(RED);
        s.fillRoundRect(10, 20, 30, 40, 8, 8);
        s.setStroke(BLUE);
        s.setLineWidth(1.5);
        s.strokeRoundRect(10, 20, 30, 40, 8, 8);
        String svg = write(s);

        List<Element> shapes = shapes(Svgs.parse(svg));
        assertThat(shapes).hasSize(1);
        Element r = shapes.get(0);
        assertThat(r.getTagName()).isEqualTo("rect");
        assertThat(List.of(r.getAttribute("x"), r.getAttribute("y"), r.getAttribute("width"), r.getAttribute("height"),
                r.getAttribute("rx"))).containsExactly("10", "20", "30", "40", "4");
        assertThat(declarations(svg, r.getAttribute("class")))
                .contains("fill:#ff0000", "stroke:#0000ff", "stroke-width:1.5px").doesNotContain("fill:none");
    }

    @Test
    void aFillAloneAndAnOutlineOfAnotherRectangleStayTwoElementsInOrder() throws Exception {
        SvgSurface s = new SvgSurface(100, 100);
        s.setFill(RED);
        s.fillRect(0, 0, 10, 10);
        s.setStroke(BLUE);
        s.strokeRect(0, 0, 10, 11); // not the same rectangle
        s.fillRect(50, 50, 5, 5);
        s.fillText("after", 1, 1); // the held fill is written before the text
        s.fillRect(70, 70, 5, 5); // the last shape, written when the document is
        String svg = write(s);

        List<Element> shapes = shapes(Svgs.parse(svg));
        assertThat(shapes).extracting(Element::getTagName).containsExactly("rect", "rect", "rect", "text", "rect");
        assertThat(declarations(svg, shapes.get(0).getAttribute("class"))).isEqualTo("fill:#ff0000");
        assertThat(declarations(svg, shapes.get(1).getAttribute("class"))).startsWith("fill:none;stroke:#0000ff");
        assertThat(shapes.get(4).getAttribute("x")).isEqualTo("70");
    }

    @Test
    void aRoundDotIsACircleAndAnOvalAnEllipse() throws Exception {
        SvgSurface s = new SvgSurface(100, 100);
        s.setFill(RED);
        s.fillOval(10, 10, 7, 7);
        s.fillOval(10, 10, 8, 4);
        List<Element> shapes = shapes(Svgs.parse(write(s)));
        assertThat(shapes).extracting(Element::getTagName).containsExactly("circle", "ellipse");
        assertThat(List.of(shapes.get(0).getAttribute("cx"), shapes.get(0).getAttribute("cy"), shapes.get(0).getAttribute("r")))
                .containsExactly("13.5", "13.5", "3.5");
        assertThat(List.of(shapes.get(1).getAttribute("rx"), shapes.get(1).getAttribute("ry"))).containsExactly("4", "2");
    }

    @Test
    void aFillUnderAnotherTransformIsNotMergedWithAnOutlineInOutputCoordinates() throws Exception {
        SvgSurface s = new SvgSurface(100, 100);
        s.setFill(RED);
        s.fillRect(0, 0, 10, 10);
        s.setTransform(2, 0, 0, 2, 0, 0); // the same numbers now mean a rectangle twice as big
        s.setStroke(BLUE);
        s.strokeRect(0, 0, 10, 10);
        List<Element> shapes = shapes(Svgs.parse(write(s)));
        assertThat(shapes).hasSize(2);
        assertThat(shapes.get(1).getAttribute("width")).isEqualTo("20");
    }

    private static String write(SvgSurface s) throws IOException {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        s.writeTo(o);
        return o.toString(StandardCharsets.UTF_8);
    }

    /** The drawn elements in document order (groups, clip paths and styles left out). */
    private static List<Element> shapes(Document doc) {
        List<Element> out = new ArrayList<>();
        collect(doc.getDocumentElement(), out);
        return out;
    }

    private static void collect(Element e, List<Element> out) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                switch (c.getTagName()) {
                    case "g" -> collect(c, out);
                    case "style", "clipPath" -> {
                    }
                    default -> out.add(c);
                }
            }
        }
    }

    private static String declarations(String svg, String cls) {
        Matcher m = Pattern.compile("\\." + Pattern.quote(cls) + "\\{([^}]*)\\}").matcher(svg);
        assertThat(m.find()).as("class %s in the style", cls).isTrue();
        return m.group(1);
    }
}
