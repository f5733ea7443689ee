package org.ouroboros.ui.view.dispatch;

import java.io.File;
import java.io.IOException;
import java.util.Locale;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.ouroboros.trace.ObjectEvent;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.StagedFxTestBase;
import org.ouroboros.ui.export.RenderSettings;
import org.ouroboros.ui.export.ViewRenderer;
import org.ouroboros.ui.model.Language;
import org.ouroboros.ui.model.ThemeChoice;
import org.ouroboros.ui.view.graph.ObjectTraces;
import org.ouroboros.ui.view.names.NamesView;

/**
 * Not a check: renders the dispatch view's open expression picker and the names view's
 * inspector on the seed's blocks to PNGs for a person to look at ({@code -Dscreenshots=DIR});
 * skipped otherwise.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = ".+")
class PickerScreenshots extends StagedFxTestBase {
    private static final File DIR = new File(System.getProperty("screenshots", "."));

    @Test
    void openPickerAndInspector() throws IOException {
        String ch2 = LessonTraces.seed("ch2_1.py");
        Trace fine = LessonTraces.fine(ch2);
        Trace coarse = ObjectTraces.run(ch2);
        for (Language language : Language.values()) {
            Locale locale = language == Language.ENGLISH ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
            for (boolean presentation : new boolean[] {false, true}) {
                String suffix = language.tag() + (presentation ? "-presentation" : "");
                RenderSettings settings = new RenderSettings(1600, 1000, ThemeChoice.LIGHT, language, presentation, 1);
                DispatchView dispatch = callFx(() -> {
                    DispatchView v = new DispatchView();
                    v.setLocale(locale);
                    v.setSource(ch2);
                    return v;
                });
                Scene scene = callFx(() -> ViewRenderer.scene(dispatch, settings));
                runFx(() -> {
                    stage.setScene(scene);
                    dispatch.caretLineProperty().set(27);
                    ViewRenderer.snapshot(scene, dispatch, fine, fine.size() - 1, 1);
                    dispatch.show(fine, dispatch.choices().stream().filter(c -> c.line() == 30).findFirst()
                            .orElseThrow().first().lastPosition());
                    ((ComboBox<?>) scene.lookup("#dispatch-picker")).show();
                });
                sleep(200);
                write("dispatch-view-" + suffix, callFx(() -> scene.snapshot(null)));
                write("dispatch-picker-list-" + suffix, callFx(() -> {
                    ComboBox<?> combo = (ComboBox<?>) scene.lookup("#dispatch-picker");
                    Node list = ((ComboBoxListViewSkin<?>) combo.getSkin()).getPopupContent();
                    list.applyCss();
                    ((javafx.scene.Parent) list).layout();
                    WritableImage image = list.snapshot(null, null);
                    combo.hide();
                    return image;
                }));

                NamesView names = callFx(() -> {
                    NamesView v = new NamesView();
                    v.setLocale(locale);
                    return v;
                });
                long a = coarse.events().stream().filter(e -> e instanceof ObjectEvent.NameBound n && n.name().equals("a"))
                        .map(e -> ((ObjectEvent.NameBound) e).objectId()).findFirst().orElseThrow();
                Scene namesScene = callFx(() -> ViewRenderer.scene(names, settings));
                write("names-inspector-" + suffix, callFx(() -> {
                    stage.setScene(namesScene);
                    names.show(coarse, coarse.size() - 1);
                    names.select(a);
                    return ViewRenderer.snapshot(namesScene, names, coarse, coarse.size() - 1, 1);
                }));
            }
        }
    }

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path config;

    /** The real window: the magic-methods lesson run, the dispatch tab, the caret on the for loop's line. */
    @Test
    void dispatchTabInTheWindow() throws IOException {
        org.ouroboros.ui.RealWindow real = org.ouroboros.ui.RealWindow.open(config);
        try {
            DispatchIntegration[] dispatch = new DispatchIntegration[1];
            runFx(() -> {
                dispatch[0] = DispatchIntegration.install(real.window(), real.runs());
                real.window().scene().getWindow().setWidth(1280);
                real.window().scene().getWindow().setHeight(800);
            });
            real.selectStep("magic-methods", 2);
            runFx(() -> real.runs().runEditor());
            waitFor("trace", () -> real.runs().shownProperty().get() != null && !real.runs().controller().isRunning());
            for (Language language : Language.values()) {
                runFx(() -> {
                    real.model().setLanguage(language);
                    dispatch[0].show();
                    int line = dispatch[0].view().choices().stream().filter(c -> c.first().name().equals("iter()"))
                            .findFirst().orElseThrow().line();
                    real.window().editor().area().moveTo(line - 1, 0);
                    real.window().scene().lookup("#dispatch-caret-line").fireEvent(new javafx.event.ActionEvent());
                });
                sleep(300);
                write("window-dispatch-" + language.tag(), callFx(() -> real.window().scene().snapshot(null)));
            }
        } finally {
            real.close();
        }
    }

    private static void write(String name, WritableImage image) throws IOException {
        DIR.mkdirs();
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", new File(DIR, name + ".png"));
    }
}
