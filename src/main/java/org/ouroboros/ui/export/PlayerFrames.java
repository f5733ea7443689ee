package org.ouroboros.ui.export;

import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.image.WritableImage;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.player.PlayerModel;

/**
 * Frames of what the window shows: the player is moved to each position and the view area is
 * snapshotted, exactly as playing would draw it. After each batch the player goes back where the
 * user left it, before the next paint, so the window never shows the export's positions.
 */
public final class PlayerFrames implements FrameSource {
    private final PlayerModel player;
    private final Node target;
    private final double scale;
    private final int home;
    private final Trace trace;

    /** Call on the FX thread: remembers the player's position to return to, and its trace. */
    public PlayerFrames(PlayerModel player, Node target, double scale, Trace trace) {
        this.player = Objects.requireNonNull(player);
        this.target = Objects.requireNonNull(target);
        this.scale = scale;
        this.home = player.getPosition();
        this.trace = Objects.requireNonNull(trace);
    }

    @Override
    public WritableImage frame(int position) {
        if (player.getTrace() != trace) {
            throw new IllegalStateException("the program ran again during the export: its steps changed");
        }
        player.seek(position);
        if (target instanceof Parent parent) {
            parent.applyCss();
            parent.layout();
        }
        return PngExporter.snapshot(target, scale);
    }

    @Override
    public void afterBatch() {
        if (player.getTrace() == trace) {
            player.seek(home);
        }
    }
}
