package org.ouroboros.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ouroboros.ui.export.HandoutFonts;
import org.ouroboros.ui.model.Language;
import org.ouroboros.ui.model.LessonStep;
import org.ouroboros.ui.model.LessonSteps;
import org.ouroboros.ui.model.LessonStepsLoader;
import org.ouroboros.ui.model.LessonText;

/**
 * {@code ouroboros export --lesson ID --pdf OUT.pdf}: a real lesson's handout in both languages,
 * read back (its title and every step's title as text, a picture for each step shown in a view),
 * and the usage errors. Needs a Chinese system font (fonts-wqy-microhei) for the handouts.
 */
class HandoutExportCommandTest extends ExportCommandTestBase {
    private static int images(PDDocument doc) throws IOException {
        int n = 0;
        for (PDPage page : doc.getPages()) {
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                    n++;
                }
            }
        }
        return n;
    }

    @ParameterizedTest
    @CsvSource({"zh, SIMPLIFIED_CHINESE", "en, ENGLISH"})
    void aLessonHandoutHasItsTitleEachStepAndAPicturePerViewStep(String lang, Language language) throws IOException {
        assumeTrue(Files.isRegularFile(HandoutFonts.SYSTEM_CANDIDATES.get(0)), "needs fonts-wqy-microhei");
        Path pdf = dir.resolve("classes-" + lang + ".pdf");
        int code = export("--lesson", "classes", "--pdf", pdf.toString(), "--lang", lang);

        assertEquals(ExportCommand.OK, code, err.toString());
        LessonSteps steps = new LessonStepsLoader().load("classes");
        LessonText text = LessonText.load("classes", language);
        long viewSteps = steps.steps().stream().map(LessonStep::view).filter(v -> !v.equals("execution")).count();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String printed = new PDFTextStripper().getText(doc).replace("\r", "");
            assertTrue(printed.contains(text.title()), text.title() + " in\n" + printed);
            for (LessonStep step : steps.steps()) {
                String heading = step.number() + ". " + text.stepTitle(step.number());
                assertTrue(printed.contains(heading), heading);
            }
            assertEquals(viewSteps, images(doc), "a picture for each step shown in a view");
            assertTrue(doc.getNumberOfPages() >= (steps.size() + 1) / 2);
        }
        assertTrue(out.toString().contains("lesson classes, " + steps.size() + " steps"), out.toString());
    }

    @Test
    void anUnknownLessonIsAUsageErrorListingTheLessons() {
        assertEquals(ExportCommand.USAGE, export("--lesson", "nope", "--pdf", dir.resolve("x.pdf").toString()));
        assertTrue(err.toString().contains("no lesson 'nope'"), err.toString());
        assertTrue(err.toString().contains("objects, magic-methods, classes"), err.toString());
        assertFalse(Files.exists(dir.resolve("x.pdf")));
    }

    @Test
    void aHandoutNeedsBothOptionsAndNoProgramOrView() throws IOException {
        assertEquals(ExportCommand.USAGE, export("--lesson", "classes"));
        assertTrue(err.toString().contains("needs both --lesson ID and --pdf OUT.pdf"), err.toString());
        assertEquals(ExportCommand.USAGE, export("--lesson", "classes", "--pdf", dir.resolve("a.pdf").toString(),
                "--view", "mro"));
        assertTrue(err.toString().contains("leave out --view"), err.toString());
        assertEquals(ExportCommand.USAGE, export("--lesson", "classes", "--pdf", dir.resolve("b.pdf").toString(),
                "--font", dir.resolve("missing.ttf").toString()));
        assertTrue(err.toString().contains("no such font file"), err.toString());
        assertEquals(ExportCommand.USAGE, export("--out", dir.resolve("c.png").toString()));
        assertTrue(err.toString().contains("--view ID FILE.py"), err.toString());
    }
}
