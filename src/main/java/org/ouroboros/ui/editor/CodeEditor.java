package org.ouroboros.ui.editor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.value.ObservableValue;
import javafx.scene.layout.StackPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * The Python code editor: a RichTextFX {@link CodeArea} with line numbers, re-highlighted a
 * moment after typing stops. Highlighting runs on a background executor and is applied only if
 * the text has not changed since, so a large file never stalls typing.
 */
public final class CodeEditor extends StackPane {
    public static final String STYLE_CLASS = "code-editor";
    private static final Duration HIGHLIGHT_QUIET_TIME = Duration.ofMillis(80);

    private final CodeArea area = new CodeArea();
    private final Executor highlightExecutor;
    private SyntaxHighlighter highlighter;
    private long textVersion;
    private TextMark mark;

    public CodeEditor(SyntaxHighlighter highlighter, Executor highlightExecutor) {
        this.highlighter = Objects.requireNonNull(highlighter);
        this.highlightExecutor = Objects.requireNonNull(highlightExecutor);
        getStyleClass().add(STYLE_CLASS);
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        area.textProperty().addListener((obs, old, now) -> {
            textVersion++;
            // A mark points at text as it was; once the text changes it points at nothing.
            mark = null;
        });
        area.multiPlainChanges()
                .successionEnds(HIGHLIGHT_QUIET_TIME)
                .subscribe(ignore -> rehighlight());
        getChildren().add(new VirtualizedScrollPane<>(area));
    }

    public CodeArea area() {
        return area;
    }

    public ObservableValue<String> textProperty() {
        return area.textProperty();
    }

    public String getText() {
        return area.getText();
    }

    /** Replaces the whole text (a file was opened): no undo back into the previous file. */
    public void setText(String text) {
        if (text.equals(area.getText())) {
            return;
        }
        area.replaceText(text);
        area.getUndoManager().forgetHistory();
        area.moveTo(0);
        area.requestFollowCaret();
        rehighlight();
    }

    /** Swaps the highlighter (e.g. for the {@code lang} tokenizer) and re-highlights now. */
    public void setHighlighter(SyntaxHighlighter highlighter) {
        this.highlighter = Objects.requireNonNull(highlighter);
        rehighlight();
    }

    /**
     * Lays {@code newMark}'s style class over the highlighting (e.g. where a SyntaxError is),
     * until the text changes or the mark is replaced; null removes it.
     */
    public void setMark(TextMark newMark) {
        TextMark old = mark;
        mark = newMark;
        if (old != null) {
            rehighlight();
        } else {
            applyMark();
        }
    }

    public TextMark getMark() {
        return mark;
    }

    private void applyMark() {
        if (mark == null) {
            return;
        }
        int length = area.getLength();
        int start = Math.min(mark.start(), length);
        int end = Math.min(mark.end(), length);
        if (end <= start) {
            return;
        }
        String styleClass = mark.styleClass();
        area.setStyleSpans(start, area.getStyleSpans(start, end).mapStyles(styles -> {
            List<String> marked = new ArrayList<>(styles);
            marked.add(styleClass);
            return marked;
        }));
    }

    /** 1-based line of the caret. */
    public IntegerBinding caretLine() {
        return Bindings.createIntegerBinding(() -> area.getCurrentParagraph() + 1, area.currentParagraphProperty());
    }

    /** 1-based column of the caret. */
    public IntegerBinding caretColumn() {
        return Bindings.createIntegerBinding(() -> area.getCaretColumn() + 1, area.caretColumnProperty());
    }

    private void rehighlight() {
        String text = area.getText();
        long version = textVersion;
        SyntaxHighlighter current = highlighter;
        try {
            highlightExecutor.execute(() -> {
                List<HighlightSpan> spans = current.highlight(text);
                Platform.runLater(() -> {
                    if (version == textVersion && !text.isEmpty()) {
                        area.setStyleSpans(0, toStyleSpans(spans, text.length()));
                        applyMark();
                    }
                });
            });
        } catch (RejectedExecutionException quitting) {
            // The app shut the highlighter down on its way out; a timer still fired for the last edit.
        }
    }

    static StyleSpans<Collection<String>> toStyleSpans(List<HighlightSpan> spans, int length) {
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        int position = 0;
        for (HighlightSpan span : spans) {
            int start = Math.max(span.start(), position);
            int end = Math.min(span.end(), length);
            if (end <= start) {
                continue;
            }
            builder.add(Collections.emptyList(), start - position);
            builder.add(Collections.singleton(span.style().styleClass()), end - start);
            position = end;
        }
        builder.add(Collections.emptyList(), length - position);
        return builder.create();
    }
}
