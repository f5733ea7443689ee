package org.ouroboros.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Handouts as PDFs, read back with PDFBox: the words (Chinese too) are real text, each picture is
 * an image on its step's page, long steps run onto more pages, and a missing font is a clear error.
 * The Chinese cases need a Chinese system font (fonts-wqy-microhei); without one they are skipped.
 */
class PdfHandoutWriterTest {
    private static final Path WQY = HandoutFonts.SYSTEM_CANDIDATES.get(0);

    @TempDir
    Path dir;

    private static BufferedImage picture(Color colour) {
        BufferedImage image = new BufferedImage(800, 500, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 800, 500);
        g.dispose();
        return image;
    }

    private Path write(Handout handout) throws IOException {
        Path pdf = dir.resolve("handout.pdf");
        try (HandoutFonts fonts = HandoutFonts.find(HandoutFonts.SYSTEM_CANDIDATES, handout.allText())) {
            new PdfHandoutWriter().write(handout, fonts, pdf);
        }
        return pdf;
    }

    private static List<Integer> imagesPerPage(PDDocument doc) throws IOException {
        List<Integer> counts = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
            int n = 0;
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                    n++;
                }
            }
            counts.add(n);
        }
        return counts;
    }

    @Test
    void aChineseHandoutHasItsWordsAsTextAndEachPictureOnItsStep() throws IOException {
        assumeTrue(Files.isRegularFile(WQY), "needs fonts-wqy-microhei");
        Handout handout = new Handout("深入类和对象", List.of("鸭子类型与 MRO。"), "zh-CN", List.of(
                new Handout.Step("1. 鸭子类型", List.of("看起来像鸭子 🦆，就可以当成鸭子。", "调用 `a.extend(b)` 即可。"),
                        picture(Color.RED), ""),
                new Handout.Step("2. 代码", List.of("完整的程序："), null, "class Cat:\n    def say(self):\n        print('喵')\n"),
                new Handout.Step("3. MRO", List.of("C3 线性化。"), picture(Color.BLUE), "")));
        Path pdf = write(handout);

        assertFalse(Files.exists(dir.resolve("handout.pdf.part")));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            for (String expected : List.of("深入类和对象", "鸭子类型与 MRO", "1. 鸭子类型", "a.extend(b)", "print('喵')",
                    "3. MRO", "C3 线性化")) {
                assertTrue(text.contains(expected), expected + " in:\n" + text);
            }
            assertTrue(text.contains("看起来像鸭子 □"), "an emoji the font lacks prints as a square:\n" + text);
            assertFalse(text.contains("`"), "backticks only mark code");
            assertEquals(2, imagesPerPage(doc).stream().mapToInt(Integer::intValue).sum());
            assertEquals("深入类和对象", doc.getDocumentInformation().getTitle());
            assertEquals("zh-CN", doc.getDocumentCatalog().getLanguage());
            assertEquals(PDRectangle.A4.getWidth(), doc.getPage(0).getMediaBox().getWidth(), 0.01);
            String last = text.strip();
            assertTrue(last.endsWith(doc.getNumberOfPages() + " / " + doc.getNumberOfPages()), "pages are numbered");
        }
    }

    @Test
    void aLongStepRunsOntoFurtherPagesAndEachStepWithAPictureStartsWhereThereIsRoom() throws IOException {
        String sentence = "The interpreter looks the attribute up along the MRO, one class after another. ";
        List<Handout.Step> steps = new ArrayList<>();
        steps.add(new Handout.Step("1. Long", Collections.nCopies(40, sentence.repeat(3)), null, ""));
        for (int i = 2; i <= 4; i++) {
            steps.add(new Handout.Step(i + ". Picture", List.of("One picture."), picture(Color.GREEN), ""));
        }
        Path pdf = write(new Handout("Classes", List.of("Intro."), "en", steps));

        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(doc.getNumberOfPages() >= 4, "forty long paragraphs need several pages: " + doc.getNumberOfPages());
            List<Integer> images = imagesPerPage(doc);
            assertEquals(3, images.stream().mapToInt(Integer::intValue).sum());
            assertTrue(images.stream().allMatch(n -> n <= 2), "at most two steps with a picture share a page: " + images);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            assertTrue(stripper.getText(doc).contains("Classes"));
        }
    }

    @Test
    void withoutAFontForTheTextTheErrorSaysWhatWasTriedAndWhatToInstall() throws IOException {
        Path latinOnly = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
        assumeTrue(Files.isRegularFile(latinOnly), "needs DejaVu Sans");
        IOException error = assertThrows(IOException.class,
                () -> HandoutFonts.find(List.of(dir.resolve("none.ttf"), latinOnly), "类和对象"));
        assertTrue(error.getMessage().contains("DejaVuSans.ttf (no glyph for '类')"), error.getMessage());
        assertTrue(error.getMessage().contains("fonts-wqy-microhei"), error.getMessage());
        assertTrue(error.getMessage().contains("--font"), error.getMessage());
        try (HandoutFonts fonts = HandoutFonts.find(List.of(latinOnly), "Classes and objects")) {
            assertEquals(latinOnly, fonts.file());
        }
    }
}
