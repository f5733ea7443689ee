package org.ouroboros.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ouroboros.ui.FxTestBase;

class CodeEditorTest extends FxTestBase {
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private Stage stage;

    @AfterEach
    void tearDown() {
        if (stage != null) {
            runFx(stage::hide);
        }
        background.shutdownNow();
    }

    @Test
    void styleSpansCoverTheWholeTextWithGapsUnstyled() {
        StyleSpans<Collection<String>> spans = CodeEditor.toStyleSpans(
                List.of(new HighlightSpan(2, 5, TokenStyle.KEYWORD), new HighlightSpan(7, 9, TokenStyle.STRING)), 12);
        assertEquals(12, spans.length());
        assertEquals(5, spans.getSpanCount());
        assertEquals(List.of("tok-keyword"), List.copyOf(spans.getStyleSpan(1).getStyle()));
        assertTrue(spans.getStyleSpan(4).getStyle().isEmpty());
    }

    @Test
    void textIsHighlightedShortlyAfterItIsSetAndAfterTyping() {
        CodeEditor editor = callFx(() -> new CodeEditor(new PythonHighlighter(), background));
        runFx(() -> {
            stage = new Stage();
            stage.setScene(new Scene(editor, 400, 200));
            stage.show();
            editor.setText("def f():\n    pass\n");
        });
        waitFor("def highlighted", () -> editor.area().getStyleOfChar(1).contains("tok-keyword"));
        runFx(() -> editor.area().appendText("x = 'hi'\n"));
        int quote = "def f():\n    pass\nx = ".length() + 1;
        waitFor("string highlighted", () -> editor.area().getStyleOfChar(quote).contains("tok-string"));
    }

    @Test
    void editsAfterTheHighlighterWasShutDownAreKeptUnhighlighted() {
        ExecutorService stopped = Executors.newSingleThreadExecutor();
        stopped.shutdownNow();
        CodeEditor editor = callFx(() -> new CodeEditor(new PythonHighlighter(), stopped));
        runFx(() -> {
            stage = new Stage();
            stage.setScene(new Scene(editor, 400, 200));
            stage.show();
            editor.setText("def f():\n    pass\n");
            editor.area().appendText("x = 1\n");
        });
        assertEquals("def f():\n    pass\nx = 1\n", callFx(editor::getText));
        assertTrue(callFx(() -> editor.area().getStyleOfChar(1)).isEmpty());
    }

    @Test
    void theHighlighterCanBeSwapped() {
        CodeEditor editor = callFx(() -> new CodeEditor(new PythonHighlighter(), background));
        runFx(() -> {
            stage = new Stage();
            stage.setScene(new Scene(editor, 400, 200));
            stage.show();
            editor.setText("abc");
            editor.setHighlighter(text -> List.of(new HighlightSpan(0, text.length(), TokenStyle.COMMENT)));
        });
        waitFor("custom highlighter used", () -> editor.area().getStyleOfChar(1).contains("tok-comment"));
    }

    @Test
    void caretPositionIsOneBased() {
        CodeEditor editor = callFx(() -> new CodeEditor(new PythonHighlighter(), background));
        runFx(() -> {
            editor.setText("ab\ncde\n");
            editor.area().moveTo(1, 2);
        });
        assertEquals(2, callFx(() -> editor.caretLine().get()));
        assertEquals(3, callFx(() -> editor.caretColumn().get()));
    }
}
