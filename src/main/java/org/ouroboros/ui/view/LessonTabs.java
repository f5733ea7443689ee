package org.ouroboros.ui.view;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.ouroboros.ui.player.PlayerModel;
import org.ouroboros.ui.player.TraceView;
import org.ouroboros.ui.run.RunIntegration;
import org.ouroboros.ui.shell.MainWindow;

/**
 * The tabs a lesson opens: "Execution" (the run panel) first, then every view added for that
 * lesson, in the order added, all over the one shared player. One instance per window
 * ({@link #install} returns it again), so each view's integration adds its own tabs without
 * knowing the others. A lesson with no added tab keeps the plain run panel.
 *
 * <p>A {@link TraceView} renders only while its tab is on screen and catches up when shown,
 * which is exact because a view is a pure function of (trace, position). A tab gets its content
 * when it is first selected: until then the view costs no CSS, skins or layout (start-up).
 *
 * <pre>{@code
 * LessonTabs tabs = LessonTabs.install(window, runs);
 * tabs.add("graph-tab", locale -> words(locale).text("tab.graph"), graphView, List.of("objects", "classes"));
 * }</pre>
 */
public final class LessonTabs {
    public static final String TABS_CLASS = "view-tabs";
    public static final String EXECUTION_TAB_ID = "execution-tab";
    private static final String KEY = LessonTabs.class.getName();

    private final MainWindow window;
    private final RunIntegration runs;
    private final PlayerModel player;
    private final TabPane tabs = new TabPane();
    private final Tab executionTab = new Tab();
    private final List<Entry> entries = new ArrayList<>();
    private String shownLesson;

    /** One added tab: its content, the lessons it belongs to and, for trace views, what to render. */
    private record Entry(Tab tab, Function<Locale, String> title, TraceView view, Node content, Set<String> lessons) {}

    private LessonTabs(MainWindow window, RunIntegration runs) {
        this.window = window;
        this.runs = runs;
        this.player = runs.player();
        executionTab.setId(EXECUTION_TAB_ID);
        executionTab.setClosable(false);
        tabs.getStyleClass().add(TABS_CLASS);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setMinSize(0, 0);
        nameTabs();
        window.i18n().localeProperty().addListener((obs, old, locale) -> nameTabs());

        // Before the render listener: a view gets its content before it renders.
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> attachContent(tab));
        InvalidationListener render = observable -> renderIfShown();
        player.traceProperty().addListener(render);
        player.positionProperty().addListener(render);
        tabs.getSelectionModel().selectedItemProperty().addListener(render);
        tabs.sceneProperty().addListener(render);
    }

    /** The window's lesson tabs, created on first use. */
    public static LessonTabs install(MainWindow window, RunIntegration runs) {
        Objects.requireNonNull(window);
        Objects.requireNonNull(runs);
        return window.attached(KEY, LessonTabs.class, () -> new LessonTabs(window, runs));
    }

    /** Adds a trace view as tab {@code tabId} of each of {@code lessons}, rendered at the player's position. */
    public Tab add(String tabId, Function<Locale, String> title, TraceView view, Collection<String> lessons) {
        return add(tabId, title, Objects.requireNonNull(view), view.node(), lessons);
    }

    /** Adds any node (a lab, a form) as tab {@code tabId} of each of {@code lessons}. */
    public Tab add(String tabId, Function<Locale, String> title, Node content, Collection<String> lessons) {
        return add(tabId, title, null, content, lessons);
    }

    private Tab add(String tabId, Function<Locale, String> title, TraceView view, Node content,
            Collection<String> lessons) {
        if (tab(tabId).isPresent()) {
            throw new IllegalArgumentException("tab already added: " + tabId);
        }
        Tab tab = new Tab();
        tab.setId(tabId);
        tab.setClosable(false);
        Entry entry = new Entry(tab, Objects.requireNonNull(title), view, Objects.requireNonNull(content),
                Set.copyOf(new LinkedHashSet<>(lessons)));
        entries.add(entry);
        tab.setText(title.apply(locale()));
        for (String lesson : entry.lessons()) {
            window.registerLessonView(lesson, () -> nodeFor(lesson));
        }
        return tab;
    }

    /** The pane with the shown lesson's tabs (the same pane for every lesson). */
    public TabPane tabs() {
        return tabs;
    }

    public Tab executionTab() {
        return executionTab;
    }

    /** An added tab by id, whether or not the shown lesson has it. */
    public Optional<Tab> tab(String tabId) {
        return entries.stream().map(Entry::tab).filter(t -> tabId.equals(t.getId())).findFirst();
    }

    /** Brings tab {@code tabId} to the front when the shown lesson has it; true if it did. */
    public boolean select(String tabId) {
        for (Tab t : tabs.getTabs()) {
            if (tabId.equals(t.getId())) {
                tabs.getSelectionModel().select(t);
                return true;
            }
        }
        return false;
    }

    public void selectExecution() {
        tabs.getSelectionModel().select(executionTab);
    }

    /** The tabs of {@code lesson}; the selected tab stays selected when the new lesson has it too. */
    private Node nodeFor(String lesson) {
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        List<Tab> wanted = new ArrayList<>();
        wanted.add(executionTab);
        for (Entry e : entries) {
            if (e.lessons().contains(lesson)) {
                wanted.add(e.tab());
            }
        }
        if (!tabs.getTabs().equals(wanted)) {
            tabs.getTabs().setAll(wanted);
        }
        if (selected != null && wanted.contains(selected)) {
            tabs.getSelectionModel().select(selected);
        }
        attachContent(tabs.getSelectionModel().getSelectedItem());
        shownLesson = lesson;
        // The run panel is also every other lesson's whole view: take it back into this tab.
        executionTab.setContent(null);
        executionTab.setContent(runs.panel().node());
        renderIfShown();
        return tabs;
    }

    /** The lesson whose tabs were built last (null before any). */
    public String shownLesson() {
        return shownLesson;
    }

    /** Gives a tab its content the first time it is selected (and keeps it there). */
    private void attachContent(Tab selected) {
        for (Entry e : entries) {
            if (e.tab() == selected && selected.getContent() == null) {
                selected.setContent(e.content());
            }
        }
    }

    private void renderIfShown() {
        if (tabs.getScene() == null) {
            return;
        }
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        for (Entry e : entries) {
            if (e.tab() == selected && e.view() != null) {
                e.view().show(player.getTrace(), player.getPosition());
            }
        }
    }

    private void nameTabs() {
        executionTab.setText(window.i18n().text("tab.execution"));
        for (Entry e : entries) {
            e.tab().setText(e.title().apply(locale()));
        }
    }

    private Locale locale() {
        Locale locale = window.i18n().localeProperty().getValue();
        return locale == null ? Locale.ROOT : locale;
    }
}
