package org.ouroboros.ui.view;

import java.util.List;
import java.util.Objects;
import java.util.function.IntConsumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import org.ouroboros.ui.player.LocalizedMessages;

/**
 * The header of a view that shows one item of a trace at a time (a dispatch walk, a creation
 * diagram): "◀ previous" and "next ▶" (which move the shared player to that item's start), "item
 * k of n", and the diagram's − / + zoom. Ids and style classes start with the view's prefix
 * ({@code dispatch-previous}, {@code creation-count}, …), so each view styles and tests its own;
 * texts come from the view's bundle ({@code nav.previous}, {@code nav.next}, {@code nav.count}).
 *
 * <pre>{@code
 * StepHeader header = new StepHeader("dispatch", zoom);
 * header.setOnStep(direction -> ...);          // -1 or +1
 * header.show(words, ordinal, total, seeker != null);
 * }</pre>
 */
public final class StepHeader {
    private final FlowPane bar = new FlowPane();
    private final Button previous = new Button();
    private final Button next = new Button();
    private final Button zoomOut = new Button("−");
    private final Button zoomIn = new Button("+");
    private final Label count = new Label();
    private IntConsumer onStep = direction -> { };

    public StepHeader(String prefix, ZoomPan zoom) {
        Objects.requireNonNull(zoom);
        previous.setId(prefix + "-previous");
        next.setId(prefix + "-next");
        count.setId(prefix + "-count");
        zoomOut.setId(prefix + "-zoom-out");
        zoomIn.setId(prefix + "-zoom-in");
        count.getStyleClass().add(prefix + "-count");
        bar.getStyleClass().add(prefix + "-header");
        // The arrow keys and Space stay with the player; these are for the mouse.
        for (Button b : List.of(previous, next, zoomOut, zoomIn)) {
            b.setFocusTraversable(false);
        }
        previous.setOnAction(e -> onStep.accept(-1));
        next.setOnAction(e -> onStep.accept(+1));
        zoomIn.setOnAction(e -> zoom.zoomIn());
        zoomOut.setOnAction(e -> zoom.zoomOut());
        bar.getChildren().addAll(previous, next, count, zoomOut, zoomIn);
    }

    public FlowPane node() {
        return bar;
    }

    /** Called with -1 (previous) or +1 (next). */
    public void setOnStep(IntConsumer onStep) {
        this.onStep = Objects.requireNonNull(onStep);
    }

    /** Puts {@code extra} controls after the count, before the zoom buttons. */
    public void add(Node... extra) {
        bar.getChildren().addAll(bar.getChildren().indexOf(zoomOut), List.of(extra));
    }

    /**
     * Shows item {@code ordinal} (0-based; -1: none yet) of {@code total}; previous/next are
     * enabled only when {@code canSeek} and there is an item that way.
     */
    public void show(LocalizedMessages words, int ordinal, int total, boolean canSeek) {
        previous.setText(words.text("nav.previous"));
        next.setText(words.text("nav.next"));
        previous.setDisable(!canSeek || ordinal <= 0);
        next.setDisable(!canSeek || ordinal + 1 >= total);
        count.setText(ordinal < 0 ? "" : words.format("nav.count", String.valueOf(ordinal + 1), String.valueOf(total)));
    }

    /** The item a step of {@code direction} from {@code ordinal} (-1: none yet) lands on, or -1. */
    public static int target(int ordinal, int direction, int total) {
        int target = ordinal < 0 ? (direction > 0 ? 0 : -1) : ordinal + direction;
        return target >= 0 && target < total ? target : -1;
    }
}
