package org.ouroboros.ui.run;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.i18n.I18n;
import org.ouroboros.ui.model.Lesson;
import org.ouroboros.ui.player.PlayerBar;
import org.ouroboros.ui.player.PlayerKeys;
import org.ouroboros.ui.player.PlayerModel;
import org.ouroboros.ui.player.TraceViewBinding;
import org.ouroboros.ui.shell.MainWindow;
import org.ouroboros.ui.view.execution.ExecutionView;
import org.ouroboros.vm.Vm;

/**
 * The spine, end to end: the editor's code runs on the VM (off the FX thread), its trace goes
 * into the one {@link PlayerModel}, the {@link ExecutionView} plays it, and the editor marks
 * the player's line and any error. Every lesson opens this view until richer ones exist.
 *
 * <pre>{@code
 * MainWindow window = new MainWindow(stage, model, io, highlight, Platform::exit);
 * RunIntegration runs = RunIntegration.install(window);
 * window.show();
 * }</pre>
 */
public final class RunIntegration {
    private final MainWindow window;
    private final PlayerModel player;
    private final PlayerBar playerBar;
    private final ExecutionView view = new ExecutionView();
    private final RunController controller;
    private final EditorMarks marks;
    private final RunPanel panel;
    private final ReadOnlyObjectWrapper<RunReport> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final Label status = new Label();
    private final Map<String, Map<String, UnaryOperator<Vm.Builder>>> vmSettings = new HashMap<>();

    private RunIntegration(MainWindow window, PlayerModel player, RunController controller) {
        this.window = window;
        this.player = player;
        this.controller = controller;
        I18n i18n = window.i18n();
        playerBar = new PlayerBar(player);
        playerBar.localeProperty().bind(i18n.localeProperty());
        view.localeProperty().bind(i18n.localeProperty());
        TraceViewBinding.bind(player, view);
        marks = new EditorMarks(window.editor());
        view.currentLineProperty().addListener((obs, old, line) -> marks.setCurrentLine(line.intValue()));
        panel = new RunPanel(view.node(), controller.runningProperty(), shown.getReadOnlyProperty(), i18n);
        controller.lastReportProperty().addListener((obs, old, report) -> {
            if (report != null) {
                show(report);
            }
        });

        window.viewHost().setPlayerBar(playerBar);
        for (Lesson lesson : window.model().lessons().lessons()) {
            window.registerLessonView(lesson.id(), panel::node);
        }
        window.model().currentLessonProperty().addListener((obs, old, lesson) -> lessonChanged());
        PlayerKeys.install(window.scene(), player);

        RunCommands commands = new RunCommands(this::runEditor, this::stop, controller.runningProperty(), i18n);
        window.toolBar().getItems().addAll(0, commands.toolBarItems());
        int help = window.menuBar().getMenus().indexOf(window.menuBar().helpMenu());
        window.menuBar().getMenus().add(help < 0 ? window.menuBar().getMenus().size() : help, commands.menu());
        commands.installKeys(window.scene());
        installStatus(i18n);
    }

    /** Wires runs into {@code window} with a player on JavaFX pulses and the default VM limits. */
    public static RunIntegration install(MainWindow window) {
        return install(window, new PlayerModel(), new RunController(new PythonRunner(), Platform::runLater));
    }

    public static RunIntegration install(MainWindow window, PlayerModel player, RunController controller) {
        return new RunIntegration(Objects.requireNonNull(window), Objects.requireNonNull(player),
                Objects.requireNonNull(controller));
    }

    /**
     * Runs the editor's text (named after its file, else {@code <editor>}) and returns the run's
     * id ({@link RunReport#runId()}); empty, and ignored, while a run is on.
     */
    public OptionalLong runEditor() {
        if (controller.isRunning()) {
            return OptionalLong.empty();
        }
        player.pause();
        return controller.run(RunRequest.fromEditor(window.editor().getText(), window.model().currentFile())
                .withVmSettings(vmSettingsFor(window.model().currentLesson().id())));
    }

    /**
     * The VM settings Run applies while {@code lessonId} is open (a thread lesson's seed and
     * switch interval, a finer trace level). Several parts may configure one lesson: each
     * {@code owner} (a view, say) replaces only its own settings; Run applies every owner's, in
     * the order they were last put, so where two owners set the same thing the latest wins (a
     * knob turned after a lesson step set it).
     */
    public void putVmSettings(String lessonId, String owner, UnaryOperator<Vm.Builder> settings) {
        Map<String, UnaryOperator<Vm.Builder>> owners = vmSettings.computeIfAbsent(Objects.requireNonNull(lessonId),
                id -> new LinkedHashMap<>());
        owners.remove(Objects.requireNonNull(owner));
        owners.put(owner, Objects.requireNonNull(settings));
    }

    /** Every owner's settings for {@code lessonId}, composed. */
    public UnaryOperator<Vm.Builder> vmSettingsFor(String lessonId) {
        List<UnaryOperator<Vm.Builder>> all = List.copyOf(vmSettings.getOrDefault(lessonId, Map.of()).values());
        return builder -> {
            Vm.Builder b = builder;
            for (UnaryOperator<Vm.Builder> s : all) {
                b = s.apply(b);
            }
            return b;
        };
    }

    public void stop() {
        controller.stop();
    }

    private void show(RunReport report) {
        marks.showRun(report);
        shown.set(report);
        player.setTrace(report.trace());
        // The final state first; the user steps back from there.
        player.jumpToEnd();
        if (report.outcome() instanceof RunOutcome.SyntaxProblem syntax) {
            marks.moveCaretTo(syntax);
            window.editor().area().requestFocus();
        } else if (report.request().source().equals(window.editor().getText())) {
            // The arrow keys now step through the run (they would move the caret in the editor),
            // unless the user has gone on typing while it ran: then the focus stays put.
            playerBar.requestFocus();
        }
    }

    /** A new lesson's code is on its way into the editor: the old run no longer applies. */
    private void lessonChanged() {
        if (controller.isRunning()) {
            controller.stop();
            return;
        }
        shown.set(null);
        player.setTrace(new Trace(List.of()));
    }

    private void installStatus(I18n i18n) {
        status.getStyleClass().addAll("status-item", "run-status");
        // A long exception message must not push the other status items out of the window.
        status.setMinWidth(0);
        InvalidationListener render = observable -> {
            status.getStyleClass().removeAll(OutcomeText.OK, OutcomeText.FAILED, OutcomeText.STOPPED);
            RunReport report = shown.get();
            if (controller.isRunning()) {
                status.setText(i18n.text("run.running"));
            } else if (report == null) {
                status.setText("");
            } else {
                OutcomeText outcome = OutcomeText.of(report, i18n);
                status.setText(outcome.text());
                status.getStyleClass().add(outcome.styleClass());
            }
        };
        shown.addListener(render);
        controller.runningProperty().addListener(render);
        i18n.localeProperty().addListener(render);
        render.invalidated(null);
        window.statusBar().getChildren().add(0, status);
    }

    // ---- for other parts and tests ----------------------------------------------------------

    public PlayerModel player() {
        return player;
    }

    public PlayerBar playerBar() {
        return playerBar;
    }

    public ExecutionView view() {
        return view;
    }

    public RunController controller() {
        return controller;
    }

    public RunPanel panel() {
        return panel;
    }

    public EditorMarks marks() {
        return marks;
    }

    /** The report the player is showing (null before the first run and after a lesson change). */
    public ReadOnlyObjectProperty<RunReport> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The status bar's short form of the last run. */
    public Label statusLabel() {
        return status;
    }
}
