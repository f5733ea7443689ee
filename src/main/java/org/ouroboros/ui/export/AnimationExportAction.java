package org.ouroboros.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.i18n.I18n;
import org.ouroboros.ui.player.PlayerModel;
import org.ouroboros.ui.shell.MainWindow;
import org.ouroboros.ui.shell.Shortcut;

/**
 * File ▸ Export Animation… (Ctrl+Shift+E): the player's steps from the start to where it stands
 * (the whole trace when it stands at the start), as an animated GIF or, for a name ending in
 * {@code .png}, a numbered PNG sequence beside it. Frames are the window's own view area, one per
 * step, timed like playback at the player's speed; a progress dialog can cancel the export.
 *
 * <pre>{@code
 * AnimationExportAction.install(window, runs.player());
 * }</pre>
 */
public final class AnimationExportAction {
    public static final String MENU_ITEM_ID = "menu-export-animation";
    /** Frames an export from the window may have; longer ranges skip steps evenly. */
    public static final int MAX_FRAMES = 600;
    /** GIF viewers play frames shorter than this at a tenth of a second: never go below it. */
    static final int MIN_DELAY_MILLIS = 20;

    private final MainWindow window;
    private final PlayerModel player;
    private final I18n i18n;

    private AnimationExportAction(MainWindow window, PlayerModel player) {
        this.window = window;
        this.player = player;
        this.i18n = window.i18n();
    }

    /** Adds the menu item (after Export View as PNG) and its shortcut. Call on the FX thread. */
    public static AnimationExportAction install(MainWindow window, PlayerModel player) {
        AnimationExportAction action = new AnimationExportAction(Objects.requireNonNull(window),
                Objects.requireNonNull(player));
        MenuItem item = new MenuItem();
        item.setId(MENU_ITEM_ID);
        item.textProperty().bind(action.i18n.get("menu.file.exportAnimation"));
        item.setAccelerator(Shortcut.EXPORT_ANIMATION.keys());
        item.setOnAction(e -> action.exportAnimation());
        item.disableProperty().bind(player.sizeProperty().isEqualTo(0));
        Menu file = window.menuBar().fileMenu();
        int after = 0;
        for (int i = 0; i < file.getItems().size(); i++) {
            if (Shortcut.EXPORT.keys().equals(file.getItems().get(i).getAccelerator())) {
                after = i + 1;
            }
        }
        file.getItems().add(after, item);
        return action;
    }

    /** The range the menu exports: from the start to the player's position, or all of it from the start. */
    public static FrameRange range(PlayerModel player) {
        int to = player.getPosition() <= -1 ? player.lastPosition() : player.getPosition();
        int every = Math.max(1, (int) Math.ceil((to + 1) / (double) (MAX_FRAMES - 1)));
        return new FrameRange(-1, to, every);
    }

    /** How long a frame shows: as long as playback takes for its steps at the player's speed. */
    public static int delayMillis(PlayerModel player, FrameRange range) {
        double perStep = 1000.0 / (player.eventsPerSecond() * player.getSpeed().factor());
        return (int) Math.max(MIN_DELAY_MILLIS, Math.min(655_350, Math.round(perStep * range.every())));
    }

    /** The menu action: asks for a file, then exports with a progress dialog. */
    public void exportAnimation() {
        if (player.getSize() == 0) {
            Alert alert = new Alert(Alert.AlertType.INFORMATION, i18n.text("exportAnimation.noTrace"));
            ProgressDialog.style(alert, window, i18n.text("exportAnimation.title"));
            alert.showAndWait();
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.text("exportAnimation.title"));
        FileChooser.ExtensionFilter pngs = new FileChooser.ExtensionFilter(i18n.text("file.filter.pngSequence"), "*.png");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(i18n.text("file.filter.gif"), "*.gif"), pngs);
        chooser.setInitialFileName("ouroboros-" + window.model().currentLesson().id() + ".gif");
        File file = chooser.showSaveDialog(window.scene().getWindow());
        if (file != null) {
            String name = file.getName().toLowerCase(Locale.ROOT);
            // A name typed without an extension follows the chosen filter.
            boolean bare = !name.endsWith(".gif") && !name.endsWith(".png");
            exportTo(bare && chooser.getSelectedExtensionFilter() == pngs
                    ? file.toPath().resolveSibling(file.getName() + ".png") : file.toPath());
        }
    }

    /**
     * Exports the menu's range to {@code file} (a {@code .png} name: a sequence {@code NAME-0001.png}
     * … in its folder; otherwise a GIF) with a progress dialog; the returned task tells how it ended.
     */
    public Task<Path> exportTo(Path file) {
        player.pause();
        FrameRange range = range(player);
        Trace trace = player.getTrace();
        FrameSink sink = sinkFor(file, delayMillis(player, range));
        PlayerFrames frames = new PlayerFrames(player, window.viewHost().exportTarget(), 1.0, trace);
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws Exception {
                return new AnimationExporter().export(frames, range, sink,
                        (done, total) -> updateProgress(done, total), this::isCancelled);
            }
        };
        ProgressDialog dialog = new ProgressDialog(window, task, "exportAnimation",
                i18n.format("exportAnimation.header", range.from() + 1, range.to() + 1));
        task.setOnSucceeded(e -> {
            dialog.close();
            window.notifyUser(i18n.format("exportAnimation.done", task.getValue().toString(), range.count()));
        });
        task.setOnCancelled(e -> {
            dialog.close();
            window.notifyUser(i18n.text("exportAnimation.cancelled"));
        });
        task.setOnFailed(e -> {
            dialog.close();
            Alert alert = new Alert(Alert.AlertType.ERROR,
                    i18n.format("exportAnimation.failed", String.valueOf(task.getException().getMessage())));
            ProgressDialog.style(alert, window, i18n.text("exportAnimation.title"));
            alert.show();
        });
        dialog.show();
        Thread worker = new Thread(task, "animation-export");
        worker.setDaemon(true);
        worker.start();
        return task;
    }

    private static FrameSink sinkFor(Path file, int delayMillis) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".png")) {
            Path folder = file.toAbsolutePath().getParent();
            return new PngSequenceWriter(folder, name.substring(0, name.length() - ".png".length()));
        }
        return new AnimatedGifWriter(lower.endsWith(".gif") ? file : file.resolveSibling(name + ".gif"), delayMillis);
    }
}
