package org.ouroboros.ui.view.graph;

import java.io.File;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.ouroboros.ui.FxTestBase;
import org.ouroboros.ui.RealWindow;
import org.ouroboros.ui.model.Language;
import org.ouroboros.ui.view.names.NamesIntegration;

/**
 * Not a check: the whole window with the object tabs after a real run, in English and Chinese,
 * normal and presentation mode, saved as PNGs for a person to look at ({@code -Dscreenshots=DIR}).
 */
@EnabledIfSystemProperty(named = "screenshots", matches = ".+")
class WindowScreenshots extends FxTestBase {
    @TempDir
    Path config;

    @Test
    void windowWithObjectTabs() throws Exception {
        RealWindow real = RealWindow.open(config);
        try {
            GraphIntegration[] graph = new GraphIntegration[1];
            NamesIntegration[] names = new NamesIntegration[1];
            runFx(() -> {
                graph[0] = GraphIntegration.install(real.window(), real.runs());
                names[0] = NamesIntegration.install(real.window(), real.runs());
                real.window().scene().getWindow().setWidth(1280);
                real.window().scene().getWindow().setHeight(800);
            });
            real.selectStep("objects", 2);
            waitFor("example", () -> real.window().editor().getText().contains("b = 'abc'"));
            runFx(() -> real.runs().runEditor());
            waitFor("trace", () -> real.runs().shownProperty().get() != null);
            for (boolean presentation : new boolean[] {false, true}) {
                for (Language language : new Language[] {Language.ENGLISH, Language.SIMPLIFIED_CHINESE}) {
                    String suffix = (presentation ? "presentation-" : "") + language.name().toLowerCase();
                    runFx(() -> {
                        real.model().setLanguage(language);
                        real.model().setPresentationMode(presentation);
                        graph[0].showGraph();
                    });
                    sleep(300);
                    runFx(() -> graph[0].view().fitToView());
                    save("window-graph-" + suffix);
                    runFx(() -> names[0].showNames());
                    sleep(300);
                    save("window-names-" + suffix);
                }
            }
        } finally {
            real.close();
        }
    }

    private static void save(String name) throws Exception {
        File dir = new File(System.getProperty("screenshots"));
        dir.mkdirs();
        WritableImage image = callFx(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null && w.getScene().getRoot().getStyleClass()
                        .contains("ouroboros-root")).findFirst().orElseThrow().getScene().snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", new File(dir, name + ".png"));
    }
}
