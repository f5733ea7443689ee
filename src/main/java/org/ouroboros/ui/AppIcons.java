package org.ouroboros.ui;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The window icon: the snake of {@code assets/icon}, as PNGs in several sizes so the desktop can
 * pick a sharp one for the title bar, the task switcher and the dock.
 */
public final class AppIcons {
    /** The sizes put on a stage; 512 is only in the resources for the installers' sake. */
    public static final List<Integer> STAGE_SIZES = List.of(16, 32, 48, 64, 128, 256);

    private AppIcons() {}

    public static URL url(int size) {
        return Objects.requireNonNull(AppIcons.class.getResource("icon/ouroboros-" + size + ".png"),
                "missing icon of size " + size);
    }

    /** Decodes one icon; any thread. */
    public static Image image(int size) {
        return new Image(url(size).toExternalForm());
    }

    /** Decodes every stage size; any thread. */
    public static List<Image> stageIcons() {
        List<Image> icons = new ArrayList<>();
        for (int size : STAGE_SIZES) {
            icons.add(image(size));
        }
        return icons;
    }

    /**
     * Decodes the icons on {@code background} and sets them on the FX thread, so the first frame
     * does not wait for PNG decoding.
     */
    public static CompletableFuture<Void> installLater(Stage stage, Executor background) {
        return CompletableFuture.supplyAsync(AppIcons::stageIcons, background)
                .thenAcceptAsync(icons -> stage.getIcons().setAll(icons), Platform::runLater);
    }
}
