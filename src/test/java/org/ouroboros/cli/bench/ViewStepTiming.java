package org.ouroboros.cli.bench;

import java.util.Locale;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.FxTestBase;
import org.ouroboros.ui.export.ExportOptions;
import org.ouroboros.ui.export.ExportableView;
import org.ouroboros.ui.export.ExportableViews;
import org.ouroboros.ui.export.RenderSettings;
import org.ouroboros.ui.export.TraceRuns;
import org.ouroboros.ui.export.ViewRenderer;
import org.ouroboros.ui.model.Language;
import org.ouroboros.ui.model.ThemeChoice;
import org.ouroboros.ui.player.TraceView;

/** Not a check: prints what one step of each object view costs, show plus CSS and layout ({@code -Dtiming=true}). */
@EnabledIfSystemProperty(named = "timing", matches = "true")
class ViewStepTiming extends FxTestBase {
    @Test
    void steps() {
        String[] ids = System.getProperty("views", "mro,graph,names").split(",");
        String program = FramePrograms.hierarchy(200, 42);
        for (String id : ids) {
            ExportableView exportable = ExportableViews.get(id);
            Trace trace = TraceRuns.run(program, "bench.py", exportable.traceLevel(), exportable.vmSettings()).trace();
            callFx(() -> {
                TraceView view = exportable.create(new ExportOptions(Locale.ENGLISH, null));
                Scene scene = ViewRenderer.scene(view, new RenderSettings(1200, 760, ThemeChoice.LIGHT, Language.ENGLISH, false, 1));
                Stage stage = new Stage();
                stage.setScene(scene);
                stage.show();
                int start = trace.size() - 200;
                view.show(trace, start);
                scene.getRoot().applyCss();
                scene.getRoot().layout();
                long worst = 0;
                long total = 0;
                for (int p = start + 1; p < trace.size(); p++) {
                    long t0 = System.nanoTime();
                    view.show(trace, p);
                    scene.getRoot().applyCss();
                    scene.getRoot().layout();
                    long t = System.nanoTime() - t0;
                    worst = Math.max(worst, t);
                    total += t;
                }
                System.out.printf("%s: mean %.2f ms, worst %.2f ms per step (show + css + layout)%n", id,
                        total / 199e6, worst / 1e6);
                stage.hide();
                return null;
            });
        }
    }
}
