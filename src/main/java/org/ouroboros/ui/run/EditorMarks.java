package org.ouroboros.ui.run;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.fxmisc.richtext.CodeArea;
import org.ouroboros.ui.editor.CodeEditor;
import org.ouroboros.ui.editor.TextMark;

/**
 * Shows a run in the editor: the line the player is at ({@value #CURRENT_LINE}), the line an
 * error happened on ({@value #ERROR_LINE}) as paragraph style classes, and where a SyntaxError
 * is ({@value #SYNTAX_ERROR_MARK}) as a text mark. Line marks only show while the editor holds
 * exactly the source that ran: after an edit the line numbers would point at the wrong code.
 */
public final class EditorMarks {
    public static final String CURRENT_LINE = "current-line";
    public static final String ERROR_LINE = "error-line";
    public static final String SYNTAX_ERROR_MARK = "syntax-error-mark";
    private static final Set<String> OWN_CLASSES = Set.of(CURRENT_LINE, ERROR_LINE);

    private final CodeEditor editor;
    private String source;
    private int currentLine = -1;
    private int errorLine = -1;

    public EditorMarks(CodeEditor editor) {
        this.editor = editor;
        editor.textProperty().addListener((obs, old, text) -> refresh());
    }

    /** A finished run: remembers its source and marks its error, if any. */
    public void showRun(RunReport report) {
        source = report.request().source();
        errorLine = -1;
        editor.setMark(null);
        RunOutcome outcome = report.outcome();
        if (outcome instanceof RunOutcome.SyntaxProblem syntax) {
            errorLine = syntax.line();
            if (sameSource()) {
                editor.setMark(syntaxMark(syntax));
            }
        } else if (outcome instanceof RunOutcome.Raised raised) {
            errorLine = raised.line();
        }
        refresh();
    }

    /** The player's line (1-based), or -1 for none. */
    public void setCurrentLine(int line) {
        currentLine = line;
        refresh();
        CodeArea area = editor.area();
        if (sameSource() && line > 0 && line <= area.getParagraphs().size()) {
            revealWithContext(area, line - 1);
        }
    }

    /** Scrolls only when the line is off screen or at an edge, and then centres it, so stepping does not jerk. */
    private static void revealWithContext(CodeArea area, int paragraph) {
        int visible = area.getVisibleParagraphs().size();
        Optional<Integer> at = area.allParToVisibleParIndex(paragraph);
        if (at.isEmpty() || at.get() == 0 || at.get() >= visible - 1) {
            area.showParagraphAtCenter(paragraph);
        }
    }

    /** Puts the caret where the SyntaxError is and scrolls it into view. */
    public void moveCaretTo(RunOutcome.SyntaxProblem syntax) {
        CodeArea area = editor.area();
        int paragraph = syntax.line() - 1;
        if (!sameSource() || paragraph < 0 || paragraph >= area.getParagraphs().size()) {
            return;
        }
        int length = area.getParagraph(paragraph).length();
        area.moveTo(paragraph, Math.max(0, Math.min(length, syntax.column() - 1)));
        area.requestFollowCaret();
    }

    private boolean sameSource() {
        return source != null && source.equals(editor.getText());
    }

    private void refresh() {
        CodeArea area = editor.area();
        // Every paragraph, not just the ones styled last time: an edit moves styles with the text.
        for (int paragraph = 0; paragraph < area.getParagraphs().size(); paragraph++) {
            Collection<String> styles = area.getParagraph(paragraph).getParagraphStyle();
            if (styles.contains(CURRENT_LINE) || styles.contains(ERROR_LINE)) {
                List<String> others = styles.stream().filter(s -> !OWN_CLASSES.contains(s)).toList();
                area.setParagraphStyle(paragraph, others);
            }
        }
        if (!sameSource()) {
            return;
        }
        style(area, errorLine, ERROR_LINE);
        style(area, currentLine, CURRENT_LINE);
    }

    private void style(CodeArea area, int line, String styleClass) {
        int paragraph = line - 1;
        if (paragraph < 0 || paragraph >= area.getParagraphs().size()) {
            return;
        }
        Collection<String> styles = new TreeSet<>(area.getParagraph(paragraph).getParagraphStyle());
        styles.add(styleClass);
        area.setParagraphStyle(paragraph, List.copyOf(styles));
    }

    /** The characters CPython's carets point at, at least one; on the line's last one when past its end. */
    TextMark syntaxMark(RunOutcome.SyntaxProblem syntax) {
        CodeArea area = editor.area();
        int paragraph = syntax.line() - 1;
        if (paragraph < 0 || paragraph >= area.getParagraphs().size()) {
            return null;
        }
        int lineStart = area.getAbsolutePosition(paragraph, 0);
        int lineLength = area.getParagraph(paragraph).length();
        if (lineLength == 0) {
            return null;
        }
        int from = Math.max(0, Math.min(syntax.column() - 1, lineLength - 1));
        int to = syntax.endLine() == syntax.line() && syntax.endColumn() > syntax.column()
                ? Math.min(syntax.endColumn() - 1, lineLength) : from + 1;
        return new TextMark(lineStart + from, lineStart + Math.max(to, from + 1), SYNTAX_ERROR_MARK);
    }
}
