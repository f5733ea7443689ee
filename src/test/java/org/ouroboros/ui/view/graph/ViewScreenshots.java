package org.ouroboros.ui.view.graph;

import java.io.File;
import java.io.IOException;
import java.util.Locale;
import java.util.function.Function;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.StagedFxTestBase;
import org.ouroboros.ui.player.TraceView;

/**
 * Not a check: renders the object views on the seed's examples to PNGs for a person to look at
 * ({@code -Dscreenshots=DIR}); skipped otherwise.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = ".+")
class ViewScreenshots extends StagedFxTestBase {
    @Test
    void graphViews() throws Exception {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            String lang = locale.getLanguage();
            shoot("graph-objects-" + lang, ObjectTraces.SEED_OBJECTS, locale, false, v -> v);
            shoot("graph-classes-" + lang, ObjectTraces.SEED_CLASSES, locale, false, v -> v);
            shoot("graph-metaclasses-layered-" + lang, ObjectTraces.SEED_METACLASSES, locale, true, v -> v);
            shoot("graph-100k-" + lang, ObjectTraces.HUNDRED_THOUSAND, locale, true, v -> v);
            Trace classes = ObjectTraces.run(ObjectTraces.SEED_CLASSES);
            GraphView inspected = callFx(() -> {
                GraphView v = new GraphView();
                v.setLocale(locale);
                v.setHideBuiltins(true);
                return v;
            });
            runFx(() -> inspected.show(classes, classes.size() - 1));
            long e = callFx(() -> inspected.state().classes().values().stream().filter(c -> c.qualname().equals("E"))
                    .findFirst().orElseThrow().id());
            runFx(() -> inspected.select(GraphNode.objectKey(e)));
            write("graph-classes-inspector-" + lang, inspected, classes, (Parent) inspected.node());
        }
    }

    @Test
    void namesViews() throws Exception {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            String lang = locale.getLanguage();
            for (String[] example : new String[][] {{"names-sticky-", ObjectTraces.STICKY_NOTES},
                    {"names-classes-", ObjectTraces.SEED_CLASSES}, {"names-100k-", ObjectTraces.HUNDRED_THOUSAND},
                    {"names-function-", "def f(x):\n    y = [x, x]\n    z = 'abc'\n    return y\n\nn = 7\nr = f(n)\n"}}) {
                Trace trace = ObjectTraces.run(example[1]);
                org.ouroboros.ui.view.names.NamesView view = callFx(() -> {
                    org.ouroboros.ui.view.names.NamesView v = new org.ouroboros.ui.view.names.NamesView();
                    v.setLocale(locale);
                    return v;
                });
                write(example[0] + lang, view, trace, (Parent) view.node());
            }
        }
    }

    private void shoot(String name, String source, Locale locale, boolean layered, Function<GraphView, GraphView> setup)
            throws IOException {
        Trace trace = ObjectTraces.run(source);
        GraphView view = callFx(() -> {
            GraphView v = new GraphView();
            v.setLocale(locale);
            v.setLayered(layered);
            return setup.apply(v);
        });
        write(name, view, trace, (Parent) view.node());
    }

    static void write(String name, TraceView view, Trace trace, Parent root) throws IOException {
        File dir = new File(System.getProperty("screenshots"));
        dir.mkdirs();
        WritableImage image = callFx(() -> {
            Scene scene = new Scene(new StackPane(root), 1600, 900);
            scene.getRoot().getStyleClass().add("root");
            view.show(trace, trace.size() - 1);
            root.applyCss();
            root.layout();
            return scene.snapshot(null);
        });
        sleep(100);
        image = callFx(() -> root.getScene().snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", new File(dir, name + ".png"));
    }
}
