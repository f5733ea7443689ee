package org.ouroboros.ui.model;

import java.util.List;

/**
 * The view ids a lesson step may name ({@code step.k.view}); the tab of view {@code v} has the
 * node id {@code v-tab} (see {@code ui.view.LessonTabs} and the views' integrations).
 */
public final class LessonViewIds {
    /** Every view a step may show, the run panel ({@code execution}) first. */
    public static final List<String> ALL = List.of(
            "execution", "graph", "names", "dispatch", "creation", "mro",
            "gil", "race", "sync", "gen", "loop", "io", "c10k");

    private LessonViewIds() {}

    public static boolean isKnown(String view) {
        return ALL.contains(view);
    }

    public static String tabId(String view) {
        return view + "-tab";
    }
}
