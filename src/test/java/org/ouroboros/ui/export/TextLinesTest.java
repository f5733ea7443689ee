package org.ouroboros.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Line breaking for handouts, measured in characters (each one unit wide; code the same). */
class TextLinesTest {
    private static final TextLines.Measure CHARS = (text, code) -> text.codePointCount(0, text.length());

    private static List<String> lines(String paragraph, float width) {
        return TextLines.wrap(paragraph, width, CHARS).stream()
                .map(runs -> runs.stream().map(TextLines.Run::text).reduce("", String::concat)).toList();
    }

    @Test
    void latinTextBreaksBetweenWordsAndDropsTheSpaceAtTheBreak() {
        assertEquals(List.of("the quick", "brown fox", "jumps"), lines("the quick brown fox jumps", 10));
    }

    @Test
    void chineseBreaksBetweenAnyTwoCharactersButNeverBeforeClosingPunctuation() {
        List<String> lines = lines("鸭子类型就是多态的体现，是特性之一。", 6);
        assertEquals("鸭子类型就是", lines.get(0));
        for (String line : lines) {
            assertTrue(line.length() <= 7, line);
            assertFalse(line.startsWith("，") || line.startsWith("。"), "a line starts with punctuation: " + lines);
        }
        assertEquals("鸭子类型就是多态的体现，是特性之一。", String.join("", lines));
    }

    @Test
    void mixedTextKeepsLatinWordsWhole() {
        List<String> lines = lines("比如list可以extend一个", 7);
        assertTrue(lines.stream().anyMatch(l -> l.contains("extend")), lines.toString());
        assertEquals("比如list可以extend一个", String.join("", lines));
    }

    @Test
    void backtickSpansBecomeCodeRunsWithoutTheBackticks() {
        List<List<TextLines.Run>> lines = TextLines.wrap("call `a.mro()` now", 100, CHARS);
        assertEquals(List.of(new TextLines.Run("call ", false), new TextLines.Run("a.mro()", true),
                new TextLines.Run(" now", false)), lines.get(0));
    }

    @Test
    void aLongCodeLineIsCutAndItsContinuationsIndented() {
        assertEquals(List.of("abcdef", "  ghij", "  kl"), TextLines.cut("abcdefghijkl", 6, CHARS));
        assertEquals(List.of("    x = 1"), TextLines.cut("    x = 1", 40, CHARS));
    }
}
