package org.ouroboros.ui.export;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.player.TraceView;
import org.ouroboros.ui.view.creation.CreationView;
import org.ouroboros.ui.view.dispatch.DispatchView;
import org.ouroboros.ui.view.mro.MroView;
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
            return view;
        }));
        views.put("create", ExportableView.of(TraceLevel.FINE, options -> {
            CreationView view = new CreationView();
            view.setLocale(options.locale());
            return view;
        }));
        // graph, names (branch graphview), and later gil/race/sync/loop/gen/io register here.
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
