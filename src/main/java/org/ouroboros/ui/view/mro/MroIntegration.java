package org.ouroboros.ui.view.mro;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.InvalidationListener;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.ouroboros.ui.player.LocalizedMessages;
import org.ouroboros.ui.player.PlayerModel;
import org.ouroboros.ui.run.RunIntegration;
import org.ouroboros.ui.shell.MainWindow;

/**
 * Gives the class lessons (chapter 3, classes, and chapter 4, metaclasses) two tabs over the
 * same player and trace: the execution view (with its run banner) and the {@link MroView}.
 * The MRO view renders only while its tab is on screen; it catches up when shown, which is
 * exact because a view is a pure function of (trace, position).
 *
 * <pre>{@code
 * RunIntegration runs = RunIntegration.install(window);
 * MroIntegration.install(window, runs);
 * }</pre>
 */
public final class MroIntegration {
    /** The lessons whose code builds class hierarchies. */
    public static final List<String> LESSONS = List.of("classes", "metaclasses");
    public static final String TABS_CLASS = "view-tabs";

    private final RunIntegration runs;
    private final PlayerModel player;
    private final MroView view = new MroView();
    private final TabPane tabs = new TabPane();
    private final Tab executionTab = new Tab();
    private final Tab mroTab = new Tab();

    private MroIntegration(MainWindow window, RunIntegration runs) {
        this.runs = runs;
        this.player = runs.player();
        view.localeProperty().bind(window.i18n().localeProperty());
        view.setSeeker(player::seek);
        executionTab.setId("execution-tab");
        mroTab.setId("mro-tab");
        mroTab.setContent(view.node());
        for (Tab t : List.of(executionTab, mroTab)) {
            t.setClosable(false);
        }
        tabs.getTabs().addAll(executionTab, mroTab);
        tabs.getStyleClass().add(TABS_CLASS);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setMinSize(0, 0);
        nameTabs(window.i18n().localeProperty().getValue());
        window.i18n().localeProperty().addListener((obs, old, locale) -> nameTabs(locale));

        InvalidationListener render = observable -> renderIfShown();
        player.traceProperty().addListener(render);
        player.positionProperty().addListener(render);
        tabs.getSelectionModel().selectedItemProperty().addListener(render);
        tabs.sceneProperty().addListener(render);
        for (String lesson : LESSONS) {
            window.registerLessonView(lesson, this::node);
        }
    }

    public static MroIntegration install(MainWindow window, RunIntegration runs) {
        return new MroIntegration(Objects.requireNonNull(window), Objects.requireNonNull(runs));
    }

    /** The tabs, with the run panel put back in: other lessons show that panel on its own. */
    private Node node() {
        executionTab.setContent(null);
        executionTab.setContent(runs.panel().node());
        renderIfShown();
        return tabs;
    }

    private void renderIfShown() {
        if (isMroShown()) {
            view.show(player.getTrace(), player.getPosition());
        }
    }

    private boolean isMroShown() {
        return tabs.getScene() != null && tabs.getSelectionModel().getSelectedItem() == mroTab;
    }

    private void nameTabs(Locale locale) {
        LocalizedMessages words = LocalizedMessages.of(MroView.MESSAGES, locale);
        executionTab.setText(words.text("tab.execution"));
        mroTab.setText(words.text("tab.mro"));
    }

    /** Brings the MRO tab to the front. */
    public void showMro() {
        tabs.getSelectionModel().select(mroTab);
    }

    public void showExecution() {
        tabs.getSelectionModel().select(executionTab);
    }

    public MroView view() {
        return view;
    }

    public TabPane tabs() {
        return tabs;
    }
}
