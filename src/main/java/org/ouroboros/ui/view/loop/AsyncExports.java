package org.ouroboros.ui.view.loop;

import java.util.Locale;
import org.ouroboros.ui.player.TraceView;
import org.ouroboros.ui.view.gen.GenView;
import org.ouroboros.ui.view.io.ProgramIoView;

/**
 * Factories for headless export ({@code ouroboros export --view loop|gen|io}): a fresh view in a
 * language, ready for {@link TraceView#show}. All render coarse traces (the Run button's level).
 * For {@code io} that is the program's own I/O ({@link ProgramIoView}); the four-model lab over
 * live sockets ({@code IoView}) is exported from the app (Ctrl+E).
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

    public static TraceView io(Locale locale) {
        ProgramIoView view = new ProgramIoView();
        view.setLocale(locale);
        return view;
    }
}
