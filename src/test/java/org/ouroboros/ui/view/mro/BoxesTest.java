package org.ouroboros.ui.view.mro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.text.Font;
import org.junit.jupiter.api.Test;
import org.ouroboros.ui.FxTestBase;

/**
 * The canvases break text into lines as a wrapping label would: at spaces, between Chinese
 * characters but never before closing punctuation, each line within the width unless one word
 * alone is wider, and no text lost.
 */
class BoxesTest extends FxTestBase {
    private final Font font = Font.font(18);

    @Test
    void wrapsEnglishAtSpacesWithinTheWidth() {
        String text = "head B: is it in any tail? its tail holds B so B must wait";
        List<String> lines = callFx(() -> new Boxes().wrap(font, text, 120));
        assertTrue(lines.size() > 2, lines.toString());
        assertEquals(text, String.join(" ", lines));
        Boxes boxes = new Boxes();
        for (String line : lines) {
            assertTrue(callFx(() -> boxes.textWidth(font, line)) <= 120, line);
        }
    }

    @Test
    void wrapsChineseBetweenCharactersButKeepsClosingPunctuationWithItsWord() {
        String text = "头 B：它在某个尾中吗？它的尾含有 B ⇒ B 须等待。";
        for (double width : List.of(60.0, 90.0, 130.0, 170.0)) {
            List<String> lines = callFx(() -> new Boxes().wrap(font, text, width));
            assertEquals(text.replace(" ", ""), String.join("", lines).replace(" ", ""), "width " + width);
            for (String line : lines) {
                assertFalse(line.startsWith("？") || line.startsWith("。") || line.startsWith("："), lines.toString());
            }
        }
    }

    @Test
    void aWordWiderThanTheWidthStaysWhole() {
        assertEquals(List.of("merge([B,", "object],"), callFx(() -> new Boxes().wrap(font, "merge([B, object],", 10)));
    }
}
