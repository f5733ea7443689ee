package org.ouroboros.ui.export;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Bounds;
import javafx.scene.control.ScrollPane;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.player.TraceView;
import org.ouroboros.ui.view.creation.CreationView;
import org.ouroboros.ui.view.dispatch.DispatchView;
import org.ouroboros.ui.view.loop.AsyncExports;
import org.ouroboros.ui.view.graph.GraphView;
import org.ouroboros.ui.view.mro.MroView;
import org.ouroboros.ui.view.names.NamesView;
import org.ouroboros.ui.view.gil.GilView;
import org.ouroboros.ui.view.race.RaceView;
import org.ouroboros.ui.view.sync.SyncView;
import org.ouroboros.ui.view.threads.ThreadsRunSettings;
import org.ouroboros.sched.SchedConfig;
import org.ouroboros.vm.interp.TraceLevel;

/**
 * The views {@code ouroboros export --view ID} can render, by id. A view of another part plugs
 * in with one {@link #register} line in {@link #builtIn()} (or a call at start-up): the id, the
 * trace level its events need, and a factory.
 */
public final class ExportableViews {
    private static final Map<String, ExportableView> VIEWS = builtIn();

    private ExportableViews() {}

    private static Map<String, ExportableView> builtIn() {
        Map<String, ExportableView> views = new LinkedHashMap<>();
        views.put("mro", new MroExport());
        views.put("dispatch", ExportableView.of(TraceLevel.FINE, options -> {
            DispatchView view = new DispatchView();
            view.setLocale(options.locale());
            view.setSource(options.source());
            return view;
        }));
        views.put("create", ExportableView.of(TraceLevel.FINE, options -> {
            CreationView view = new CreationView();
            view.setLocale(options.locale());
            return view;
        }));
        // the type/object/class graph and the names board: the whole of each scaled into the picture
        views.put("graph", new FitExport(options -> {
            GraphView view = new GraphView();
            view.setLocale(options.locale());
            return view;
        }, view -> ((GraphView) view).fitWholeGraph()));
        views.put("names", new FitExport(options -> {
            NamesView view = new NamesView();
            view.setLocale(options.locale());
            return view;
        }, ExportableViews::fitNamesBoard));
        ThreadsRunSettings threads = new ThreadsRunSettings(SchedConfig.DEFAULT.withCores(2), false);
        views.put("gil", ExportableView.of(TraceLevel.COARSE, threads, options -> {
            GilView view = new GilView();
            view.setLocale(options.locale());
            return view;
        }));
        views.put("race", ExportableView.of(TraceLevel.FINE, new ThreadsRunSettings(threads.config(), true), options -> {
            RaceView view = new RaceView();
            view.setLocale(options.locale());
            return view;
        }));
        views.put("sync", ExportableView.of(TraceLevel.COARSE, threads, options -> {
            SyncView view = new SyncView();
            view.setLocale(options.locale());
            return view;
        }));
        views.put("loop", ExportableView.of(TraceLevel.COARSE, options -> AsyncExports.loop(options.locale())));
        views.put("gen", ExportableView.of(TraceLevel.COARSE, options -> AsyncExports.gen(options.locale())));
        views.put("io", ExportableView.of(TraceLevel.COARSE, options -> AsyncExports.io(options.locale())));
        return views;
    }

    /** Adds (or replaces) the view under {@code id}. */
    public static synchronized void register(String id, ExportableView view) {
        VIEWS.put(id, view);
    }

    public static synchronized ExportableView get(String id) {
        return VIEWS.get(id);
    }

    /**
     * A second CSS and layout pass over the view's scene: the first creates skins whose own
     * content (a label's text) is styled and sized only in the next one.
     */
    private static void settle(TraceView view) {
        if (view.node().getScene() != null) {
            view.node().getScene().getRoot().applyCss();
            view.node().getScene().getRoot().layout();
        }
    }

    /** The ids in registration order. */
    public static synchronized List<String> ids() {
        return List.copyOf(VIEWS.keySet());
    }

    /**
     * A view exported whole, however much it holds: shown at the trace's end, where it holds the
     * most, then, once its labels have their final size and its extents are known, fitted into
     * the picture (the app keeps labels readable and lets a big view run past the edges).
     */
    private static final class FitExport implements ExportableView {
        private final Function<ExportOptions, TraceView> factory;
        private final Consumer<TraceView> fit;

        FitExport(Function<ExportOptions, TraceView> factory, Consumer<TraceView> fit) {
            this.factory = factory;
            this.fit = fit;
        }

        @Override
        public TraceLevel traceLevel() {
            return TraceLevel.COARSE;
        }

        @Override
        public TraceView create(ExportOptions options) {
            return factory.apply(options);
        }

        @Override
        public boolean select(TraceView view, Trace trace, ExportOptions options) {
            settle(view);
            fit.accept(view);
            return true;
        }
    }

    /** The names-and-objects board zoomed out until the whole board fits the picture. */
    private static void fitNamesBoard(TraceView view) {
        if (view.node().lookup(".names-scroll") instanceof ScrollPane scroll && scroll.getContent() != null) {
            Bounds viewport = scroll.getViewportBounds();
            double w = scroll.getContent().prefWidth(-1);
            double h = scroll.getContent().prefHeight(-1);
            if (w > 0 && h > 0 && viewport.getWidth() > 0 && viewport.getHeight() > 0) {
                ((NamesView) view).zoom(Math.min(1, Math.min(viewport.getWidth() / w, viewport.getHeight() / h)));
            }
        }
    }

    /** The MRO view; {@code --class NAME} selects the class whose merge is shown. */
    private static final class MroExport implements ExportableView {
        @Override
        public TraceLevel traceLevel() {
            return TraceLevel.COARSE;
        }

        @Override
        public TraceView create(ExportOptions options) {
            MroView view = new MroView();
            view.setLocale(options.locale());
            return view;
        }

        @Override
        public boolean select(TraceView view, Trace trace, ExportOptions options) {
            return options.className() == null || ((MroView) view).selectClass(options.className());
        }
    }
}
