package org.ouroboros.ui.export;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
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
        views.put("graph", new GraphExport());
        views.put("names", ExportableView.of(TraceLevel.COARSE, options -> {
            NamesView view = new NamesView();
            view.setLocale(options.locale());
            return view;
        }));
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
        // Later views (io: branch aioviews) register here, one entry each.
        return views;
    }

    /** Adds (or replaces) the view under {@code id}. */
    public static synchronized void register(String id, ExportableView view) {
        VIEWS.put(id, view);
    }

    public static synchronized ExportableView get(String id) {
        return VIEWS.get(id);
    }

    /** The ids in registration order. */
    public static synchronized List<String> ids() {
        return List.copyOf(VIEWS.keySet());
    }

    /** The type/object/class graph, fitted to the picture. */
    private static final class GraphExport implements ExportableView {
        @Override
        public TraceLevel traceLevel() {
            return TraceLevel.COARSE;
        }

        @Override
        public TraceView create(ExportOptions options) {
            GraphView view = new GraphView();
            view.setLocale(options.locale());
            return view;
        }

        @Override
        public boolean select(TraceView view, Trace trace, ExportOptions options) {
            ((GraphView) view).fitToView();
            return true;
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
