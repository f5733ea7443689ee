package org.ouroboros.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;

class AppIconsTest extends FxTestBase {

    @Test
    void everyStageSizeDecodesToASquareImageOfThatSize() {
        for (int size : AppIcons.STAGE_SIZES) {
            Image icon = AppIcons.image(size);
            assertFalse(icon.isError(), "icon " + size + " failed to decode");
            assertEquals(size, icon.getWidth(), "width of icon " + size);
            assertEquals(size, icon.getHeight(), "height of icon " + size);
        }
    }

    @Test
    void installLaterPutsEverySizeOnTheStage() throws Exception {
        ExecutorService background = Executors.newSingleThreadExecutor();
        Stage stage = callFx(Stage::new);
        try {
            AppIcons.installLater(stage, background).get(10, TimeUnit.SECONDS);
            List<Double> widths = callFx(() -> stage.getIcons().stream().map(Image::getWidth).toList());
            assertEquals(AppIcons.STAGE_SIZES.stream().map(Integer::doubleValue).toList(), widths);
        } finally {
            background.shutdownNow();
        }
    }
}
