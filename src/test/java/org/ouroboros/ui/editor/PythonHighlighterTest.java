package org.ouroboros.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Highlighting from the {@code lang} tokenizer's lenient mode. */
class PythonHighlighterTest {
    private final SyntaxHighlighter highlighter = new PythonHighlighter();

    private List<String> styled(String text) {
        return highlighter.highlight(text).stream()
                .map(s -> s.style().name() + ":" + text.substring(s.start(), s.end()))
                .collect(Collectors.toList());
    }

    @Test
    void classifiesTheTokensOfAClassDefinition() {
        assertEquals(List.of("KEYWORD:class", "DEFINITION:A", "KEYWORD:def", "MAGIC:__len__", "BUILTIN:self",
                        "KEYWORD:return", "NUMBER:3", "COMMENT:# three"),
                styled("class A:\n    def __len__(self):\n        return 3  # three\n"));
    }

    @Test
    void stringsAndCommentsHideTheKeywordsInside() {
        assertEquals(List.of("BUILTIN:print", "STRING:'if x in y'", "COMMENT:# for while"),
                styled("print('if x in y')  # for while"));
    }

    @Test
    void halfTypedCodeStillHighlightsAndSpansAreOrdered() {
        String text = "s = \"\"\"never closed\nx = 'open\n@decorator\nasync def f(): await g()";
        List<HighlightSpan> spans = highlighter.highlight(text);
        int last = 0;
        for (HighlightSpan span : spans) {
            assertTrue(span.start() >= last, "ordered and non-overlapping");
            assertTrue(span.end() <= text.length());
            last = span.end();
        }
        assertEquals(List.of("STRING:" + text.substring(4)), styled(text), "an unclosed triple quote runs to the end");
    }

    @Test
    void decoratorsAndNumbers() {
        assertEquals(List.of("DECORATOR:@", "DECORATOR:property", "KEYWORD:def", "DEFINITION:age", "BUILTIN:self",
                        "KEYWORD:return", "NUMBER:0x1F", "NUMBER:2.5e3"),
                styled("@property\ndef age(self): return 0x1F + 2.5e3"));
    }

    @Test
    void rejectedTextIsMarkedAsAnErrorAndScanningGoesOn() {
        assertEquals(List.of("NUMBER:1", "ERROR:$", "NUMBER:2", "KEYWORD:pass"), styled("a = 1 $ 2\npass\n"));
    }

    @Test
    void dottedDecoratorsAndAttributeNamesThatLookLikeBuiltins() {
        assertEquals(List.of("DECORATOR:@", "DECORATOR:functools", "DECORATOR:.", "DECORATOR:wraps",
                        "BUILTIN:print"),
                styled("@functools.wraps(f)\nlog.print(x)\nprint(x)\n").stream()
                        .filter(s -> !s.startsWith("NUMBER")).collect(Collectors.toList()));
    }
}
