package org.ouroboros.ui.view.gen;

import java.util.List;
import javafx.animation.TranslateTransition;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.ouroboros.ui.player.LocalizedMessages;

/**
 * The values travelling between callers and generators, newest last: "caller → gen : send('x')",
 * "gen ← : yield 2", "sub ⇐ StopIteration('ok')". The newest slides in from its sender's side.
 */
final class MessageLane {
    static final int SHOWN = 8;

    private final VBox box = new VBox();
    private final Label title = FrameCard.label("", "gen-section-title");
    private final VBox rows = new VBox();

    MessageLane() {
        box.getStyleClass().add("gen-lane");
        rows.getStyleClass().add("gen-lane-rows");
        box.getChildren().addAll(title, rows);
    }

    VBox node() {
        return box;
    }

    void show(List<GenMessage> messages, int position, LocalizedMessages words, boolean animate) {
        title.setText(words.text("gen.lane.title"));
        rows.getChildren().clear();
        int from = Math.max(0, messages.size() - SHOWN);
        if (messages.isEmpty()) {
            rows.getChildren().add(FrameCard.label(words.text("gen.lane.empty"), "gen-lane-empty"));
        }
        for (int i = from; i < messages.size(); i++) {
            GenMessage m = messages.get(i);
            HBox row = row(m, words);
            if (m.position() == position) {
                row.getStyleClass().add("gen-message-new");
                if (animate) {
                    TranslateTransition slide = new TranslateTransition(Duration.millis(260), row);
                    slide.setFromX(m.kind().inward() ? -60 : 60);
                    slide.setToX(0);
                    slide.play();
                }
            }
            rows.getChildren().add(row);
        }
    }

    private static HBox row(GenMessage m, LocalizedMessages words) {
        String kindName = m.kind().name().toLowerCase(java.util.Locale.ROOT);
        Label from = FrameCard.label(m.from(), "gen-message-from");
        Label arrow = FrameCard.label(m.kind().arrow(), "gen-message-arrow");
        Label to = FrameCard.label(m.to(), "gen-message-to");
        Label what = FrameCard.label(words.format("gen.message." + kindName, m.value()), "gen-message-value");
        HBox row = new HBox(from, arrow, to, what);
        row.getStyleClass().addAll("gen-message", "gen-message-" + kindName);
        return row;
    }
}
