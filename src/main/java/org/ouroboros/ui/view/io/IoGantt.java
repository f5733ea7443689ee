package org.ouroboros.ui.view.io;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.ouroboros.aio.lab.IoPhase;
import org.ouroboros.aio.lab.IoRun;
import org.ouroboros.aio.lab.IoSegment;
import org.ouroboros.ui.player.LocalizedMessages;

/**
 * One model's threads as lanes over time: a block per segment, styled by phase, with the phase's
 * short word written in it when it fits (so colour is never the only sign). All models share one
 * scale ({@code pixelsPerMilli}) so their lengths compare.
 */
final class IoGantt {
    static final double LANE_HEIGHT = 30;
    static final double MIN_BLOCK = 3;

    private IoGantt() {}

    static VBox of(IoRun run, double pixelsPerMilli, LocalizedMessages words) {
        VBox lanes = new VBox();
        lanes.getStyleClass().add("io-lanes");
        for (String thread : run.threads()) {
            Label name = new Label(thread);
            name.getStyleClass().add("io-thread");
            name.setMinWidth(Region.USE_PREF_SIZE);
            name.setPrefWidth(130);
            Pane track = new Pane();
            track.getStyleClass().add("io-track");
            double width = Math.max(40, run.totalMillis() * pixelsPerMilli);
            track.setPrefSize(width, LANE_HEIGHT);
            track.setMinSize(width, LANE_HEIGHT);
            for (IoSegment s : run.segments()) {
                if (s.thread().equals(thread)) {
                    track.getChildren().add(block(s, pixelsPerMilli, words));
                }
            }
            HBox lane = new HBox(name, track);
            lane.getStyleClass().add("io-lane");
            lanes.getChildren().add(lane);
        }
        return lanes;
    }

    private static Label block(IoSegment s, double pixelsPerMilli, LocalizedMessages words) {
        double w = Math.max(MIN_BLOCK, s.millis() * pixelsPerMilli);
        String word = words.text("io.phase.short." + s.phase().name().toLowerCase(Locale.ROOT));
        Label block = new Label(w > 60 ? word : "");
        block.getStyleClass().addAll("io-block", "io-block-" + s.phase().name().toLowerCase(Locale.ROOT));
        block.setLayoutX(s.startMillis() * pixelsPerMilli);
        block.setLayoutY(2);
        block.setMinSize(w, LANE_HEIGHT - 4);
        block.setPrefSize(w, LANE_HEIGHT - 4);
        block.setMaxSize(w, LANE_HEIGHT - 4);
        javafx.scene.control.Tooltip.install(block, new javafx.scene.control.Tooltip(
                words.format("io.block.tip", words.text("io.phase." + s.phase().name().toLowerCase(Locale.ROOT)),
                        IoView.pages(s.label(), words), String.format(Locale.ROOT, "%.1f", s.millis()))));
        return block;
    }

    /** Share of {@code thread}'s run spent in {@code phase}, as a whole percentage. */
    static String percent(IoRun run, String thread, IoPhase phase) {
        return String.valueOf(Math.round(100 * run.millisIn(thread, phase) / Math.max(1e-9, run.totalMillis())));
    }
}
