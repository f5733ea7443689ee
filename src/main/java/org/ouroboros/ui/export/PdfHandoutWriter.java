package org.ouroboros.ui.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Writes a {@link Handout} as an A4 PDF with PDFBox: the title and introduction, then each step
 * on the free half of a page or a new page, with its heading, the picture of
 * its view across the page, its paragraphs and any code; long steps run onto further pages, and
 * every page is numbered. The fonts (subsets) are embedded, so the PDF prints the same anywhere.
 */
public final class PdfHandoutWriter {
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 50;
    private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
    private static final float TITLE = 20;
    private static final float HEADING = 14;
    private static final float BODY = 11;
    private static final float CODE = 9.5f;
    private static final float LEADING = 1.45f;
    /** A picture takes at most this share of the page's height. */
    private static final float PICTURE_SHARE = 0.48f;

    /** Writes {@code handout} to {@code target} (through a {@code .part} file, so never half a PDF). */
    public void write(Handout handout, HandoutFonts fonts, Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".part");
        if (absolute.getParent() != null) {
            Files.createDirectories(absolute.getParent());
        }
        try (PDDocument doc = new PDDocument()) {
            PDFont text = PDType0Font.load(doc, fonts.text(), true);
            PDFont code = fonts.code() == fonts.text() ? text : PDType0Font.load(doc, fonts.code(), true);
            Pages pages = new Pages(doc, text, code, fonts);
            try {
                pages.paragraph(handout.title(), TITLE, true);
                pages.gap(6);
                for (String paragraph : handout.intro()) {
                    pages.paragraph(paragraph, BODY, false);
                }
                boolean first = true;
                for (Handout.Step step : handout.steps()) {
                    pages.startStep(first);
                    first = false;
                    pages.paragraph(step.heading(), HEADING, true);
                    if (step.picture() != null) {
                        pages.picture(LosslessFactory.createFromImage(doc, step.picture()));
                    }
                    for (String paragraph : step.paragraphs()) {
                        pages.paragraph(paragraph, BODY, false);
                    }
                    if (!step.code().isBlank()) {
                        pages.code(step.code());
                    }
                }
            } finally {
                pages.close();
            }
            pages.number();
            doc.getDocumentInformation().setTitle(handout.title());
            doc.getDocumentInformation().setCreator("Ouroboros");
            doc.getDocumentCatalog().setLanguage(handout.language());
            doc.save(partial.toFile());
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The page being filled and where on it the next line goes. */
    private static final class Pages {
        private final PDDocument doc;
        private final PDFont text;
        private final PDFont code;
        private final HandoutFonts faces;
        private PDPageContentStream stream;
        private float y;

        Pages(PDDocument doc, PDFont text, PDFont code, HandoutFonts faces) throws IOException {
            this.doc = doc;
            this.faces = faces;
            this.text = text;
            this.code = code;
            newPage();
        }

        private void newPage() throws IOException {
            close();
            PDPage page = new PDPage(PAGE);
            doc.addPage(page);
            stream = new PDPageContentStream(doc, page);
            y = PAGE.getHeight() - MARGIN;
        }

        void close() throws IOException {
            if (stream != null) {
                stream.close();
                stream = null;
            }
        }

        /** A step starts a page unless half a page is still free: then it takes that half, under a rule. */
        void startStep(boolean first) throws IOException {
            if (y - MARGIN < (PAGE.getHeight() - 2 * MARGIN) * 0.5f) {
                newPage();
                return;
            }
            gap(BODY);
            if (!first) {
                stream.setStrokingColor(0.8f, 0.8f, 0.8f);
                stream.setLineWidth(0.5f);
                stream.moveTo(MARGIN, y);
                stream.lineTo(MARGIN + WIDTH, y);
                stream.stroke();
                gap(BODY);
            }
        }

        void gap(float height) {
            y -= height;
        }

        private void room(float height) throws IOException {
            if (y - height < MARGIN + BODY) {
                newPage();
            }
        }

        private float width(String s, boolean inCode, float size) {
            try {
                return (inCode ? code : text).getStringWidth(faces.printable(s, inCode)) / 1000f * size;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void paragraph(String paragraph, float size, boolean bold) throws IOException {
            float line = size * LEADING;
            for (List<TextLines.Run> runs : TextLines.wrap(clean(paragraph), WIDTH,
                    (s, inCode) -> width(s, inCode, inCode ? size * 0.92f : size))) {
                room(line);
                y -= line;
                float x = MARGIN;
                for (TextLines.Run run : runs) {
                    float runSize = run.code() ? size * 0.92f : size;
                    show(run.text(), run.code() ? code : text, runSize, x, y, bold, run.code());
                    x += width(run.text(), run.code(), runSize);
                }
            }
            y -= size * 0.6f;
        }

        void picture(PDImageXObject image) throws IOException {
            float scale = Math.min(WIDTH / image.getWidth(), PAGE.getHeight() * PICTURE_SHARE / image.getHeight());
            float w = image.getWidth() * scale;
            float h = image.getHeight() * scale;
            room(h + 8);
            y -= h + 4;
            stream.drawImage(image, MARGIN, y, w, h);
            stream.setStrokingColor(0.75f, 0.75f, 0.75f);
            stream.setLineWidth(0.5f);
            stream.addRect(MARGIN, y, w, h);
            stream.stroke();
            y -= 10;
        }

        void code(String source) throws IOException {
            float line = CODE * 1.3f;
            for (String sourceLine : clean(source).replace("\t", "    ").split("\n", -1)) {
                for (String piece : TextLines.cut(sourceLine, WIDTH - 8, (s, inCode) -> width(s, true, CODE))) {
                    room(line);
                    y -= line;
                    show(piece, code, CODE, MARGIN + 8, y, false, true);
                }
            }
            y -= BODY * 0.6f;
        }

        private void show(String s, PDFont font, float size, float x, float baseline, boolean bold, boolean inCode)
                throws IOException {
            if (s.isEmpty()) {
                return;
            }
            stream.beginText();
            stream.setFont(font, size);
            if (inCode) {
                stream.setNonStrokingColor(0.10f, 0.25f, 0.55f);
            } else {
                stream.setNonStrokingColor(0.1f, 0.1f, 0.1f);
            }
            if (bold) {
                // The CJK fonts have no bold face: stroke the outlines a little as well.
                stream.setRenderingMode(RenderingMode.FILL_STROKE);
                stream.setStrokingColor(0.1f, 0.1f, 0.1f);
                stream.setLineWidth(size * 0.03f);
            } else {
                stream.setRenderingMode(RenderingMode.FILL);
            }
            stream.newLineAtOffset(x, baseline);
            stream.showText(faces.printable(s, inCode));
            stream.endText();
        }

        /** "k / n" at the foot of each page. */
        void number() throws IOException {
            int count = doc.getNumberOfPages();
            for (int i = 0; i < count; i++) {
                try (PDPageContentStream foot = new PDPageContentStream(doc, doc.getPage(i),
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    String label = String.format(Locale.ROOT, "%d / %d", i + 1, count);
                    float w = text.getStringWidth(label) / 1000f * 9;
                    foot.beginText();
                    foot.setFont(text, 9);
                    foot.setNonStrokingColor(0.45f, 0.45f, 0.45f);
                    foot.newLineAtOffset((PAGE.getWidth() - w) / 2, MARGIN / 2);
                    foot.showText(label);
                    foot.endText();
                }
            }
        }

        /** Control characters other than line breaks cannot be shown. */
        private static String clean(String s) {
            return s.codePoints().filter(cp -> cp == '\n' || cp == '\t' || !Character.isISOControl(cp))
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        }
    }
}
