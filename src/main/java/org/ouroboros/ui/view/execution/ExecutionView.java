package org.ouroboros.ui.view.execution;

import org.ouroboros.ui.view.CallStacks;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.player.CheckpointedFold;
import org.ouroboros.ui.player.LocalizedMessages;
import org.ouroboros.ui.player.TraceView;

/**
 * The first view: where the program is (line and function), the call stack, the last return and
 * exception, and the output so far with stdout and stderr in separate style classes. Every
 * part is styled from {@code execution-view.css} by class; no colours here.
 */
public final class ExecutionView implements TraceView {
    public static final String MESSAGES = "org.ouroboros.ui.view.execution.messages";
    /** Deep recursion would bury the view: show the innermost frames and count the rest. */
    static final int MAX_FRAMES_SHOWN = 40;
    /** A program that prints for a million steps would make one enormous text node: show the end. */
    static final int MAX_OUTPUT_CHARS = 20_000;

    private final CheckpointedFold<ExecutionState> states = new CheckpointedFold<>(new ExecutionFold());
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale", Locale.getDefault());
    private final ReadOnlyIntegerWrapper currentLine = new ReadOnlyIntegerWrapper(this, "currentLine", -1);

    private final VBox root = new VBox();
    private final Label status = styled(new Label(), "execution-status");
    private final Label returned = styled(new Label(), "execution-return");
    private final Label exception = styled(new Label(), "execution-exception");
    private final Label stackTitle = styled(new Label(), "execution-section-title");
    private final VBox stack = styled(new VBox(), "execution-stack");
    private final Label outputTitle = styled(new Label(), "execution-section-title");
    private final TextFlow output = styled(new TextFlow(), "execution-output");
    private final ScrollPane outputScroll = styled(new ScrollPane(output), "execution-output-scroll");

    private boolean localeChanged;
    private Trace shownTrace = new Trace(List.of());
    private int shownPosition = -1;
    private ExecutionState shown = new ExecutionState();
    private ExecutionState.OutputTail shownOutput = new ExecutionState.OutputTail(List.of(), false);

    public ExecutionView() {
        root.getStyleClass().add("execution-view");
        root.getStylesheets().add(Objects.requireNonNull(
                ExecutionView.class.getResource("execution-view.css")).toExternalForm());
        ScrollPane stackScroll = styled(new ScrollPane(stack), "execution-stack-scroll");
        stackScroll.setFitToWidth(true);
        outputScroll.setFitToWidth(true);
        VBox.setVgrow(stackScroll, Priority.ALWAYS);
        VBox.setVgrow(outputScroll, Priority.ALWAYS);
        VBox stackPane = styled(new VBox(stackTitle, stackScroll), "execution-stack-pane");
        VBox outputPane = styled(new VBox(outputTitle, outputScroll), "execution-output-pane");
        // Stacked, not side by side: the view sits in the narrow centre column, where two columns
        // would cut frame names short and wrap every output line.
        SplitPane panes = styled(new SplitPane(stackPane, outputPane), "execution-panes");
        panes.setOrientation(Orientation.VERTICAL);
        panes.setDividerPositions(0.3);
        VBox.setVgrow(panes, Priority.ALWAYS);
        // Never taller than its slot: a deep stack scrolls instead of pushing the player bar away.
        root.setMinSize(0, 0);
        root.getChildren().addAll(status, exception, returned, panes);
        locale.addListener(observable -> {
            localeChanged = true;
            render();
        });
        render();
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void show(Trace trace, int position) {
        shownTrace = trace;
        shownPosition = position;
        shown = states.stateAt(trace, position);
        render();
    }

    /** The state last shown (a copy the view no longer touches). */
    public ExecutionState state() {
        return shown.copy();
    }

    /** The line the program is at, for the editor to highlight; -1 when none. */
    public ReadOnlyIntegerProperty currentLineProperty() {
        return currentLine.getReadOnlyProperty();
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public void setLocale(Locale value) {
        locale.set(value);
    }

    private void render() {
        LocalizedMessages words = LocalizedMessages.of(MESSAGES, locale.get());
        CallStacks.Frame frame = shown.currentFrame();
        currentLine.set(frame == null ? -1 : frame.line());

        status.setText(statusText(words, frame));
        renderException(words);
        renderReturn(words);
        renderStack(words);
        outputTitle.setText(words.text("execution.output"));
        renderOutput(words);
        localeChanged = false;
    }

    private String statusText(LocalizedMessages words, CallStacks.Frame frame) {
        if (shownTrace.size() == 0) {
            return words.text("execution.empty");
        }
        if (shownPosition < 0) {
            return words.text("execution.notStarted");
        }
        if (frame != null) {
            return words.format("execution.location", String.valueOf(frame.line()), frame.function());
        }
        if (shownPosition < shownTrace.size() - 1) {
            return "";
        }
        // A trace with no frame at all is a program that never started (a SyntaxError).
        return words.text(shown.lastReturn() == null ? "execution.notRun" : "execution.finished");
    }

    private void renderException(LocalizedMessages words) {
        ExecutionState.Raised raised = shown.lastException();
        reveal(exception, raised != null);
        if (raised != null) {
            String where = raised.function() == null ? "?" : raised.function();
            exception.setText(words.format("execution.exception", raised.type(), Objects.toString(raised.message(), ""),
                    String.valueOf(raised.line()), where));
        }
    }

    private void renderReturn(LocalizedMessages words) {
        ExecutionState.Returned last = shown.lastReturn();
        reveal(returned, last != null);
        if (last != null) {
            returned.setText(last.raised()
                    ? words.format("execution.unwound", last.function())
                    : words.format("execution.returned", last.function(), Objects.toString(last.valueRepr(), "")));
        }
    }

    private void renderStack(LocalizedMessages words) {
        stackTitle.setText(shown.threads().size() > 1
                ? words.format("execution.stack.thread", String.valueOf(shown.currentThread()))
                : words.text("execution.stack"));
        List<CallStacks.Frame> frames = shown.callStack();
        stack.getChildren().clear();
        if (frames.isEmpty()) {
            stack.getChildren().add(styled(new Label(words.text("execution.stack.empty")), "execution-stack-empty"));
            return;
        }
        int outermostShown = Math.max(0, frames.size() - MAX_FRAMES_SHOWN);
        for (int i = frames.size() - 1; i >= outermostShown; i--) {
            CallStacks.Frame f = frames.get(i);
            Label row = styled(new Label(words.format("execution.frame", f.function(), String.valueOf(f.line()))),
                    "execution-frame");
            row.setMaxWidth(Double.MAX_VALUE);
            if (i == frames.size() - 1) {
                row.getStyleClass().add("execution-frame-current");
            }
            stack.getChildren().add(row);
        }
        if (outermostShown > 0) {
            stack.getChildren().add(styled(new Label(words.format("execution.stack.more", String.valueOf(outermostShown))),
                    "execution-stack-more"));
        }
    }

    private void renderOutput(LocalizedMessages words) {
        ExecutionState.OutputTail tail = shown.outputTail(MAX_OUTPUT_CHARS);
        if (tail.equals(shownOutput) && !localeChanged) {
            return;
        }
        shownOutput = tail;
        output.getChildren().clear();
        if (tail.earlierOmitted()) {
            output.getChildren().add(styled(new Text(words.format("execution.output.omitted",
                    String.valueOf(MAX_OUTPUT_CHARS)) + "\n"), "execution-output-omitted"));
        }
        for (ExecutionState.Output piece : tail.pieces()) {
            Text text = styled(new Text(piece.text()), piece.stderr() ? "execution-stderr" : "execution-stdout");
            output.getChildren().add(text);
        }
        // Like a terminal: the newest output stays in sight.
        outputScroll.setVvalue(outputScroll.getVmax());
    }

    private static void reveal(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    private static <N extends Node> N styled(N node, String styleClass) {
        node.getStyleClass().add(styleClass);
        return node;
    }
}
