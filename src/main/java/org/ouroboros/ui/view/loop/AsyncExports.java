package org.ouroboros.ui.view.loop;

import java.util.Locale;
import org.ouroboros.ui.player.TraceView;
import org.ouroboros.ui.view.gen.GenView;

/**
 * Factories for headless export ({@code ouroboros export --view loop|gen}): a fresh view in a
 * language, ready for {@link TraceView#show}. Both render coarse traces (the Run button's level).
 * The I/O-models view is a lab over live sockets, not a trace view; export it from the app (Ctrl+E).
 */
public final class AsyncExports {
    private AsyncExports() {}

    public static TraceView loop(Locale locale) {
        LoopView view = new LoopView();
        view.setLocale(locale);
        return view;
    }

    public static TraceView gen(Locale locale) {
        GenView view = new GenView();
        view.setLocale(locale);
        return view;
    }
}
