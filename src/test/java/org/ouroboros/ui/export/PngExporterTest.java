package org.ouroboros.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouroboros.ui.FxTestBase;

class PngExporterTest extends FxTestBase {
    @TempDir
    Path dir;

    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private Stage stage;

    @AfterEach
    void tearDown() {
        if (stage != null) {
            runFx(stage::hide);
        }
        background.shutdownNow();
    }

    private Pane shownPane() {
        return callFx(() -> {
            Pane pane = new Pane(new Circle(40, 30, 20));
            pane.setStyle("-fx-background-color: white;");
            pane.setPrefSize(120, 80);
            stage = new Stage();
            stage.setScene(new Scene(pane));
            stage.show();
            return pane;
        });
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }

    @Test
    void atScaleTwoTheImageIsTwiceTheNodeAndNotBlank() throws Exception {
        Pane pane = shownPane();
        PngExporter exporter = new PngExporter(background);
        Path file = dir.resolve("view@2x.png");
        Path written = callFx(() -> exporter.export(pane, file, 2.0)).get(10, TimeUnit.SECONDS);
        BufferedImage image = ImageIO.read(written.toFile());
        assertEquals(240, image.getWidth());
        assertEquals(160, image.getHeight());
        assertTrue(distinctColours(image) >= 2, "the circle shows on the background");
        assertEquals(0xFFFFFFFF, image.getRGB(2, 2), "background pixel");
        assertTrue((image.getRGB(80, 60) & 0xFFFFFF) < 0x404040, "circle centre is dark");
    }

    @Test
    void atScaleOneTheImageIsTheNodesSize() throws Exception {
        Pane pane = shownPane();
        Path file = dir.resolve("view.png");
        callFx(() -> new PngExporter(background).export(pane, file, 1.0)).get(10, TimeUnit.SECONDS);
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(120, image.getWidth());
        assertEquals(80, image.getHeight());
    }

    @Test
    void exportMustStartOnTheFxThread() {
        Pane pane = shownPane();
        assertThrows(IllegalStateException.class,
                () -> new PngExporter(background).export(pane, dir.resolve("x.png"), 1.0));
    }
}
