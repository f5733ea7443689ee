package org.ouroboros.ui.view.mro;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.ouroboros.ui.player.LocalizedMessages;
import org.ouroboros.ui.view.SkinnedLabels;
import org.ouroboros.ui.view.mro.LabelCells.Cell;

/**
 * The super() walk: {@code type(self).__mro__} as a row of boxes, the box of the running
 * {@code __init__} marked (▶, bold border), the frames on the call stack numbered along it,
 * and what the chain printed so far, newest line marked.
 */
final class WalkPanel extends VBox {
    private final Label title = MergePanel.styled(new Label(), "mro-walk-title");
    private final Button replay = MergePanel.styled(new Button(), "mro-replay");
    private final FlowPane boxes = MergePanel.styled(new FlowPane(), "mro-walk-boxes");
    private final Label stack = MergePanel.styled(new Label(), "mro-walk-stack");
    private final Label outputTitle = MergePanel.styled(new Label(), "mro-section-title");
    private final VBox output = MergePanel.styled(new VBox(), "mro-walk-output");
    private final Label none = MergePanel.styled(new Label(), "mro-walk-none");
    private Runnable onReplay = () -> { };
    /** Each box state's pseudo-class: {@code :running}, {@code :on-stack}, … */
    static final Map<SuperWalk.BoxState, PseudoClass> STATES = new EnumMap<>(SuperWalk.BoxState.class);

    static {
        for (SuperWalk.BoxState st : SuperWalk.BoxState.values()) {
            STATES.put(st, PseudoClass.getPseudoClass(st.name().toLowerCase().replace('_', '-')));
        }
    }

    /** The MRO the boxes on screen stand for. */
    private List<String> boxesMro = List.of();
    private final Runnable laidOut;

    /** @param laidOut called after each layout of the panel (see {@link org.ouroboros.ui.view.RepaintMark}) */
    WalkPanel(Runnable laidOut) {
        this.laidOut = laidOut;
        getStyleClass().add("mro-walk");
        none.setWrapText(true);
        stack.setWrapText(true);
        title.setWrapText(true);
        replay.setOnAction(e -> onReplay.run());
        replay.setFocusTraversable(false);
        boxes.setId("mro-walk-boxes");
        // The title wraps; the button keeps its whole text (a narrow pane would cut it to "↺ 重…").
        replay.setMinWidth(Region.USE_PREF_SIZE);
        title.setMinWidth(0);
        HBox.setHgrow(title, Priority.ALWAYS);
        HBox header = MergePanel.styled(new HBox(title, replay), "mro-walk-header");
        getChildren().addAll(header, none, boxes, stack, outputTitle, output);
        MergePanel.noMinimumHeight(this, header, boxes, output);
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        laidOut.run();
    }

    void setOnReplay(Runnable action) {
        onReplay = action;
    }

    void show(SuperWalk walk, boolean canReplay, LocalizedMessages words) {
        boolean any = walk != null;
        MergePanel.reveal(none, !any);
        for (javafx.scene.Node n : List.of(boxes, stack, outputTitle, output, replay)) {
            MergePanel.reveal(n, any);
        }
        replay.setText(words.text("walk.replay"));
        replay.setDisable(!canReplay);
        if (!any) {
            title.setText(words.text("walk.title.none"));
            none.setText(words.text("walk.none"));
            // Nothing of an earlier walk stays behind, hidden: the view looks as if built at this step.
            boxes.getChildren().clear();
            boxesMro = List.of();
            output.getChildren().clear();
            stack.setText("");
            outputTitle.setText("");
            return;
        }
        title.setText(words.format("walk.title", walk.selfType()));
        showBoxes(walk, words);
        List<String> frames = new ArrayList<>();
        for (WalkFrame f : walk.stack()) {
            frames.add(f.function());
        }
        stack.setText(frames.isEmpty() ? words.text("walk.stack.empty")
                : words.format("walk.stack", String.join(" \u2192 ", frames) + " \u25c0"));
        outputTitle.setText(words.format("walk.output", walk.selfType()));
        List<String> lines = walk.output().isEmpty() ? List.of() : List.of(walk.output().split("\n", -1));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines = lines.subList(0, lines.size() - 1);
        }
        List<Cell> cells = new ArrayList<>(Math.max(1, lines.size()));
        if (lines.isEmpty()) {
            cells.add(Cell.of(words.text("walk.output.none"), "mro-walk-output-none"));
        }
        for (int i = 0; i < lines.size(); i++) {
            boolean newest = i == lines.size() - 1 && !walk.finished();
            cells.add(newest ? Cell.of("\u25b6 " + lines.get(i), "mro-walk-output-line").in("new")
                    : Cell.of("  " + lines.get(i), "mro-walk-output-line"));
        }
        LabelCells.sync(output, cells);
    }

    /**
     * One box per class of the MRO, arrows between. While the same MRO is on screen (one walk
     * stepping) the boxes stay and only their state text, style and frame numbers change.
     */
    private void showBoxes(SuperWalk walk, LocalizedMessages words) {
        List<javafx.scene.Node> children = boxes.getChildren();
        if (!walk.mro().equals(boxesMro)) {
            List<javafx.scene.Node> fresh = new ArrayList<>();
            for (int i = 0; i < walk.mro().size(); i++) {
                if (i > 0) {
                    fresh.add(MergePanel.styled(SkinnedLabels.of("\u2192"), "mro-walk-arrow"));
                }
                fresh.add(MergePanel.styled(new VBox(), "mro-walk-box"));
            }
            boxes.getChildren().setAll(fresh);
            boxesMro = walk.mro();
        }
        for (int i = 0; i < walk.mro().size(); i++) {
            String cls = walk.mro().get(i);
            VBox box = (VBox) children.get(2 * i);
            SuperWalk.BoxState state = walk.stateOf(cls);
            for (SuperWalk.BoxState st : SuperWalk.BoxState.values()) {
                // A pseudo-class (:running, …): flipping it does not re-match the box's and its labels' CSS.
                box.pseudoClassStateChanged(STATES.get(st), st == state);
            }
            String id = "mro-walk-box-" + cls;
            if (!id.equals(box.getId())) {
                box.setId(id);
            }
            LabelCells.sync(box, boxCells(walk, cls, state, words));
        }
    }

    private static List<Cell> boxCells(SuperWalk walk, String cls, SuperWalk.BoxState state, LocalizedMessages words) {
        String stateText = switch (state) {
            case RUNNING -> words.text("walk.state.running");
            case ON_STACK -> words.text("walk.state.onStack");
            case RETURNED -> words.text("walk.state.returned");
            case PASSED_OVER -> words.text("walk.state.passedOver");
            case NOT_REACHED -> words.text("walk.state.notReached");
        };
        List<Cell> cells = new ArrayList<>(3);
        cells.add(Cell.of(cls, "mro-walk-name"));
        cells.add(Cell.of(stateText, "mro-walk-state"));
        for (int i = 0; i < walk.stack().size(); i++) {
            if (walk.stack().get(i).owner().equals(cls)) {
                cells.add(Cell.of(words.format("walk.frame", String.valueOf(i + 1)), "mro-walk-frame"));
            }
        }
        return cells;
    }
}
