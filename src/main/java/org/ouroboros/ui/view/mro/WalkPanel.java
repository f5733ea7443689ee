package org.ouroboros.ui.view.mro;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.ouroboros.ui.player.LocalizedMessages;

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

    WalkPanel() {
        getStyleClass().add("mro-walk");
        none.setWrapText(true);
        stack.setWrapText(true);
        title.setWrapText(true);
        replay.setOnAction(e -> onReplay.run());
        replay.setFocusTraversable(false);
        boxes.setId("mro-walk-boxes");
        getChildren().addAll(MergePanel.styled(new HBox(title, replay), "mro-walk-header"), none, boxes, stack,
                outputTitle, output);
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
            return;
        }
        title.setText(words.format("walk.title", walk.selfType()));
        boxes.getChildren().clear();
        for (int i = 0; i < walk.mro().size(); i++) {
            String cls = walk.mro().get(i);
            if (i > 0) {
                boxes.getChildren().add(MergePanel.styled(new Label("\u2192"), "mro-walk-arrow"));
            }
            boxes.getChildren().add(box(walk, cls, words));
        }
        List<String> frames = new ArrayList<>();
        for (WalkFrame f : walk.stack()) {
            frames.add(f.function());
        }
        stack.setText(frames.isEmpty() ? words.text("walk.stack.empty")
                : words.format("walk.stack", String.join(" \u2192 ", frames) + " \u25c0"));
        outputTitle.setText(words.format("walk.output", walk.selfType()));
        output.getChildren().clear();
        List<String> lines = walk.output().isEmpty() ? List.of() : List.of(walk.output().split("\n", -1));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines = lines.subList(0, lines.size() - 1);
        }
        if (lines.isEmpty()) {
            output.getChildren().add(MergePanel.styled(new Label(words.text("walk.output.none")), "mro-walk-output-none"));
        }
        for (int i = 0; i < lines.size(); i++) {
            boolean newest = i == lines.size() - 1 && !walk.finished();
            Label line = MergePanel.styled(new Label((newest ? "\u25b6 " : "  ") + lines.get(i)), "mro-walk-output-line");
            if (newest) {
                line.getStyleClass().add("mro-walk-output-new");
            }
            output.getChildren().add(line);
        }
    }

    private static VBox box(SuperWalk walk, String cls, LocalizedMessages words) {
        SuperWalk.BoxState state = walk.stateOf(cls);
        Label name = MergePanel.styled(new Label(cls), "mro-walk-name");
        String stateText = switch (state) {
            case RUNNING -> words.text("walk.state.running");
            case ON_STACK -> words.text("walk.state.onStack");
            case RETURNED -> words.text("walk.state.returned");
            case PASSED_OVER -> words.text("walk.state.passedOver");
            case NOT_REACHED -> words.text("walk.state.notReached");
        };
        Label stateLabel = MergePanel.styled(new Label(stateText), "mro-walk-state");
        VBox box = MergePanel.styled(new VBox(name, stateLabel), "mro-walk-box");
        box.getStyleClass().add("mro-walk-" + state.name().toLowerCase().replace('_', '-'));
        box.setId("mro-walk-box-" + cls);
        for (int i = 0; i < walk.stack().size(); i++) {
            if (walk.stack().get(i).owner().equals(cls)) {
                box.getChildren().add(MergePanel.styled(new Label(words.format("walk.frame", String.valueOf(i + 1))),
                        "mro-walk-frame"));
            }
        }
        return box;
    }
}
