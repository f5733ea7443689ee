package org.ouroboros.ui.export;

import org.ouroboros.trace.Trace;
import org.ouroboros.ui.player.TraceView;
import org.ouroboros.vm.interp.TraceLevel;

/** A view that can be rendered headlessly: how to run the program for it and how to build it. */
public interface ExportableView {
    /** The trace level whose events the view renders. */
    TraceLevel traceLevel();

    /** A new view in the options' language. Called on the FX thread. */
    TraceView create(ExportOptions options);

    /**
     * Applies the options that need the trace (e.g. selecting a class), after the first
     * {@link TraceView#show}. Returns false when the options do not fit this trace (no such class).
     */
    default boolean select(TraceView view, Trace trace, ExportOptions options) {
        return true;
    }

    /** A view built by {@code factory}, with no trace-dependent options. */
    static ExportableView of(TraceLevel level, java.util.function.Function<ExportOptions, TraceView> factory) {
        return new ExportableView() {
            @Override
            public TraceLevel traceLevel() {
                return level;
            }

            @Override
            public TraceView create(ExportOptions options) {
                return factory.apply(options);
            }
        };
    }
}
