package org.ouroboros.ui.view.threads;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;
import org.ouroboros.sched.SchedConfig;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.StagedFxTestBase;
import org.ouroboros.ui.export.PngExporter;
import org.ouroboros.ui.player.TraceView;
import org.ouroboros.ui.view.gil.GilView;
import org.ouroboros.ui.view.gil.ThreadExamples;
import org.ouroboros.ui.view.gil.ThreadTraces;
import org.ouroboros.ui.view.race.RaceView;
import org.ouroboros.ui.view.sync.SyncView;

/**
 * Not a test: renders the three threads views to PNGs (English, Chinese, presentation mode) for
 * a person to look at. Run with
 * {@code mvn -o test -Dtest=ThreadViewsSnapshots -Dthreadviews.snapshots=DIR}.
 */
class ThreadViewsSnapshots extends StagedFxTestBase {
    private static final SchedConfig TWO_CORES = SchedConfig.DEFAULT.withCores(2);

    @Test
    void render() throws Exception {
        Path dir = Path.of(Objects.requireNonNull(System.getProperty("threadviews.snapshots"), "-Dthreadviews.snapshots=DIR"));
        Files.createDirectories(dir);
        Trace seed = ThreadTraces.trace(ThreadExamples.SEED_RACE, TWO_CORES, false);
        Trace free = ThreadTraces.trace(ThreadExamples.CPU_BOUND, TWO_CORES.withMode(SchedConfig.Mode.FREE), false);
        Trace convoy = ThreadTraces.trace(ThreadExamples.CONVOY, TWO_CORES, false);
        Trace race39 = ThreadTraces.trace(ThreadExamples.RACE_SMALL, TWO_CORES.withCpython(SchedConfig.CPythonVersion.V3_9), true);
        Trace deadlock = ThreadTraces.trace(ThreadExamples.DOUBLE_ACQUIRE, TWO_CORES, false);
        Trace dialogue = ThreadTraces.trace(ThreadExamples.PRODUCER_CONSUMER, TWO_CORES, false);
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            String tag = locale.getLanguage();
            for (boolean presentation : List.of(false, true)) {
                String suffix = tag + (presentation ? "-presentation" : "");
                shoot(dir.resolve("gil-seed-" + suffix + ".png"), new GilView(), v -> ((GilView) v).setLocale(locale),
                        seed, seed.size() - 1, presentation, locale);
                shoot(dir.resolve("race-39-" + suffix + ".png"), new RaceView(), v -> ((RaceView) v).setLocale(locale),
                        race39, firstLost(race39), presentation, locale);
                shoot(dir.resolve("sync-deadlock-" + suffix + ".png"), new SyncView(), v -> ((SyncView) v).setLocale(locale),
                        deadlock, deadlock.size() - 1, presentation, locale);
            }
            shoot(dir.resolve("gil-free-" + tag + ".png"), new GilView(), v -> ((GilView) v).setLocale(locale), free,
                    free.size() - 1, false, locale);
            shoot(dir.resolve("gil-convoy-" + tag + ".png"), new GilView(), v -> ((GilView) v).setLocale(locale), convoy,
                    convoy.size() - 1, false, locale);
            shoot(dir.resolve("sync-dialogue-" + tag + ".png"), new SyncView(), v -> ((SyncView) v).setLocale(locale),
                    dialogue, dialogue.size() / 2, false, locale);
        }
        try (var files = Files.list(dir)) {
            assertTrue(files.count() >= 18);
        }
    }

    private static int firstLost(Trace trace) {
        RaceView probe = new RaceView();
        probe.show(trace, trace.size() - 1);
        int p = probe.index().nextLost(-1);
        return p < 0 ? trace.size() - 1 : p;
    }

    private void shoot(Path file, TraceView view, Consumer<TraceView> setUp, Trace trace, int position,
            boolean presentation, Locale locale) throws Exception {
        Path written = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            setUp.accept(view);
            StackPane root = new StackPane(view.node());
            root.getStyleClass().add("ouroboros-root");
            if (presentation) {
                root.getStyleClass().add("presentation");
            }
            if (locale.getLanguage().equals("zh")) {
                root.getStyleClass().add("lang-zh_CN");
            }
            root.getStylesheets().add(Objects.requireNonNull(
                    org.ouroboros.ui.OuroborosApp.class.getResource("css/ouroboros.css")).toExternalForm());
            new Scene(root, presentation ? 1920 : 1600, presentation ? 1080 : 1000);
            view.show(trace, position);
            root.applyCss();
            root.layout();
            view.show(trace, position);
            root.applyCss();
            root.layout();
            return new PngExporter(Executors.newSingleThreadExecutor()).export(root, file, 1);
        }).get(2, java.util.concurrent.TimeUnit.MINUTES).get(1, java.util.concurrent.TimeUnit.MINUTES);
        assertTrue(Files.size(written) > 1000);
    }
}
