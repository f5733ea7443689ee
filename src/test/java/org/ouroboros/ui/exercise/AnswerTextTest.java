package org.ouroboros.ui.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerTextTest {
    @Test
    void linesEndAtTheLastNewlineWithoutAnEmptyLineAfterIt() {
        assertEquals(List.of("a", "b"), AnswerText.lines("a\nb\n"));
        assertEquals(List.of("a", "", "b"), AnswerText.lines("a\n\nb"));
        assertEquals(List.of(), AnswerText.lines(""));
    }

    @Test
    void comparedLinesCollapseSpacesAndDropBlankLinesAtTheEnds() {
        assertEquals(List.of("a b", "", "c"), AnswerText.normalizedLines("\n\n a \t b \r\n\nc  \n\n"));
    }

    @Test
    void classNamesAreReadFromAnyListLikeText() {
        assertEquals(List.of("F", "D", "object"), AnswerText.classNames("F, D -> object"));
        assertEquals(List.of("F", "object"), AnswerText.classNames("[<class '__main__.F'>, <class 'object'>]"));
        assertEquals(List.of("error"), AnswerText.classNames(" TypeError. "));
        assertEquals(List.of("error"), AnswerText.classNames("报错"));
    }
}
