package org.ouroboros.ui.shell;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.controlsfx.control.NotificationPane;
import org.ouroboros.ui.ViewHost;
import org.ouroboros.ui.editor.CodeEditor;
import org.ouroboros.ui.editor.PythonHighlighter;
import org.ouroboros.ui.editor.SyntaxHighlighter;
import org.ouroboros.ui.files.LessonExamples;
import org.ouroboros.ui.i18n.I18n;
import org.ouroboros.ui.model.AppModel;
import org.ouroboros.ui.model.Language;
import org.ouroboros.ui.model.Lesson;
import org.ouroboros.ui.model.LessonPlace;
import org.ouroboros.ui.model.LessonSteps;
import org.ouroboros.ui.prefs.WindowBounds;
import org.ouroboros.ui.theme.ThemeApplier;

/**
 * The main window: menus and toolbar on top, lessons on the left, the view (with its player
 * bar slot) in the middle, code and explanation on the right, status at the bottom. It binds
 * every part to the {@link AppModel}; the parts never talk to each other directly.
 */
public final class MainWindow {
    public static final String ROOT_CLASS = "ouroboros-root";
    public static final String PRESENTATION_CLASS = "presentation";
    private static final String LANGUAGE_CLASS_PREFIX = "lang-";

    private final Stage stage;
    private final AppModel model;
    private final I18n i18n;
    private final ViewHost viewHost = new ViewHost();
    private final LessonViews lessonViews = new LessonViews();
    private final CodeEditor editor;
    private final LessonNavigator navigator;
    private final ExplanationPane explanation;
    private final StatusBar statusBar;
    private final AppMenuBar menuBar;
    private final AppToolBar toolBar;
    private final NotificationPane notifications;
    private final SplitPane workspace;
    private final BorderPane root = new BorderPane();
    private final ShellActions actions;
    private final Scene scene;
    private final Executor io;
    private final PauseTransition notificationTimer = new PauseTransition(Duration.seconds(4));
    private final LessonExamples examples = new LessonExamples();
    /** The view's share of the width in presentation mode, the editor and explanation having the rest. */
    private static final double PRESENTATION_VIEW_SHARE = 0.62;
    private double[] dividersWithNavigator = {0.2, 0.62};

    /**
     * @param io        background thread for file reads and writes
     * @param highlight background thread for syntax highlighting
     * @param exit      what "quit" finally does (the app passes {@code Platform::exit})
     */
    public MainWindow(Stage stage, AppModel model, Executor io, Executor highlight, Runnable exit) {
        this.stage = stage;
        this.model = model;
        this.io = io;
        ObservableValue<Locale> locale = Bindings.createObjectBinding(
                () -> model.language().locale(), model.languageProperty());
        this.i18n = new I18n(I18n.SHELL_BUNDLE, locale);

        editor = new CodeEditor(new PythonHighlighter(), highlight);
        navigator = new LessonNavigator(model, i18n);
        explanation = new ExplanationPane(model, i18n);
        statusBar = new StatusBar(model, i18n, editor.caretLine(), editor.caretColumn());

        workspace = new SplitPane(navigator, viewHost, rightColumn());
        workspace.getStyleClass().add("workspace");
        workspace.setDividerPositions(dividersWithNavigator);
        SplitPane.setResizableWithParent(navigator, false);
        notifications = new NotificationPane(workspace);
        notifications.getStyleClass().add(NotificationPane.STYLE_CLASS_DARK);
        notificationTimer.setOnFinished(e -> notifications.hide());

        ShellDialogs dialogs = new ShellDialogs(stage, i18n, () -> root);
        actions = new ShellActions(stage, model, viewHost, i18n, io, dialogs, this::flash, exit);
        menuBar = new AppMenuBar(model, i18n, actions);
        int help = menuBar.getMenus().indexOf(menuBar.helpMenu());
        menuBar.getMenus().add(help < 0 ? menuBar.getMenus().size() : help, new LessonMenu(model, i18n).menu());
        toolBar = new AppToolBar(model, i18n, actions);

        root.getStyleClass().add(ROOT_CLASS);
        WindowBounds bounds = model.windowBounds();
        scene = new Scene(root, bounds.width(), bounds.height());
        bindTheme();
        bindLanguageFont();
        bindPresentationAndZoom();
        // The parts join the scene once its stylesheets and the root's classes are final: a node
        // is matched against the CSS when it enters a scene, and again after each such change.
        root.setTop(new VBox(menuBar, toolBar));
        root.setCenter(notifications);
        root.setBottom(statusBar);
        bindEditor();
        bindLessonView();
        installExtraKeys();
        bindStage();
    }

    private Node rightColumn() {
        BorderPane editorPane = new BorderPane(editor);
        editorPane.getStyleClass().add("editor-pane");
        Label editorTitle = new Label();
        editorTitle.getStyleClass().add("pane-title");
        editorTitle.textProperty().bind(i18n.get("editor.title"));
        editorPane.setTop(editorTitle);
        SplitPane column = new SplitPane(editorPane, explanation);
        column.setOrientation(Orientation.VERTICAL);
        column.setDividerPositions(0.62);
        return column;
    }

    private void bindTheme() {
        ThemeApplier.apply(scene, model.effectiveTheme());
        model.effectiveThemeProperty().addListener((obs, old, theme) -> ThemeApplier.apply(scene, theme));
    }

    /** A language class on the root lets CSS pick a font that has the language's glyphs. */
    private void bindLanguageFont() {
        applyLanguageClass(model.language());
        model.languageProperty().addListener((obs, old, language) -> applyLanguageClass(language));
    }

    private void applyLanguageClass(Language language) {
        root.getStyleClass().removeIf(c -> c.startsWith(LANGUAGE_CLASS_PREFIX));
        root.getStyleClass().add(LANGUAGE_CLASS_PREFIX + language.tag());
    }

    private void bindPresentationAndZoom() {
        model.presentationModeProperty().addListener((obs, old, on) -> applyPresentation(on));
        applyPresentation(model.isPresentationMode());
        // Zoom scales the font size of views and code relative to the theme's base size (em),
        // so text is re-laid out sharp instead of pixel-scaled.
        workspace.styleProperty().bind(Bindings.createStringBinding(
                () -> String.format(Locale.ROOT, "-fx-font-size: %.3fem;", model.zoom()), model.zoomProperty()));
    }

    private void applyPresentation(boolean on) {
        if (on) {
            if (!root.getStyleClass().contains(PRESENTATION_CLASS)) {
                root.getStyleClass().add(PRESENTATION_CLASS);
            }
        } else {
            root.getStyleClass().remove(PRESENTATION_CLASS);
        }
        showNavigator(!on);
        if (stage.isFullScreen() != on) {
            stage.setFullScreenExitHint(on ? i18n.text("shortcut.leavePresentation") + " (Esc)" : "");
            stage.setFullScreen(on);
        }
    }

    /**
     * In presentation mode the view takes the navigator's width (its tabs and pictures need it at
     * presentation size); lessons and steps stay on the Lesson menu, the explanation's buttons and
     * Alt+arrows. Leaving it puts the navigator back where it was.
     */
    private void showNavigator(boolean show) {
        boolean shown = workspace.getItems().contains(navigator);
        if (show && !shown) {
            workspace.getItems().add(0, navigator);
            workspace.setDividerPositions(dividersWithNavigator);
        } else if (!show && shown) {
            dividersWithNavigator = workspace.getDividerPositions();
            workspace.getItems().remove(navigator);
            workspace.setDividerPositions(PRESENTATION_VIEW_SHARE);
        }
    }

    private void bindEditor() {
        editor.setText(model.editorText());
        model.editorTextProperty().addListener((obs, old, text) -> editor.setText(text));
        editor.textProperty().addListener((obs, old, text) -> model.editText(text));
    }

    private void bindLessonView() {
        showLessonView(model.currentLesson());
        model.currentLessonProperty().addListener((obs, old, lesson) -> showLessonView(lesson));
        showStepCode(model.currentPlace());
        model.currentPlaceProperty().addListener((obs, old, place) -> showStepCode(place));
    }

    private void showLessonView(Lesson lesson) {
        viewHost.show(lessonViews.create(lesson.id()).orElseGet(() -> new LessonPlaceholder(lesson, i18n)));
    }

    /**
     * Puts the step's code into the editor (the user's draft of it if they edited it), unless the
     * editor holds unsaved work that is not a step's (a file, a restored autosave).
     */
    private void showStepCode(LessonPlace place) {
        if (!model.canShowStepCode()) {
            if (stage.isShowing()) {
                flash(i18n.text("lesson.step.keptText"));
            }
            return;
        }
        LessonSteps steps = model.steps(place.lesson());
        CompletableFuture.supplyAsync(() -> examples.read(steps, place.step()), io).thenAcceptAsync(code -> {
            if (code.isPresent() && model.canShowStepCode() && place.equals(model.currentPlace())) {
                model.stepCodeOpened(place, code.get());
            }
        }, Platform::runLater);
    }

    private void installExtraKeys() {
        // Menus carry the primary accelerators; these are the alternatives (numpad, Ctrl+Shift+=).
        for (Shortcut shortcut : Shortcut.ALL) {
            Runnable action = alternativeAction(shortcut);
            if (action != null) {
                shortcut.alternatives().forEach(keys -> scene.getAccelerators().put(keys, action));
            }
        }
        scene.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && model.isPresentationMode()) {
                model.setPresentationMode(false);
                event.consume();
            }
        });
    }

    private Runnable alternativeAction(Shortcut shortcut) {
        if (shortcut == Shortcut.ZOOM_IN) {
            return model::zoomIn;
        }
        if (shortcut == Shortcut.ZOOM_OUT) {
            return model::zoomOut;
        }
        if (shortcut == Shortcut.ZOOM_RESET) {
            return model::resetZoom;
        }
        if (shortcut == Shortcut.NEXT_STEP) {
            return model::nextStep;
        }
        if (shortcut == Shortcut.PREVIOUS_STEP) {
            return model::previousStep;
        }
        return null;
    }

    private void bindStage() {
        stage.titleProperty().bind(Bindings.createStringBinding(() -> {
            String name = actions.documentName();
            return i18n.format("app.title", model.isDirty() ? i18n.format("app.title.dirty", name) : name);
        }, i18n.localeProperty(), model.currentFileProperty(), model.dirtyProperty()));
        stage.fullScreenProperty().addListener((obs, old, full) -> {
            // The platform may leave full screen by itself (its own Esc handling): follow it.
            if (!full && model.isPresentationMode()) {
                model.setPresentationMode(false);
            }
        });
        stage.setOnCloseRequest(event -> {
            event.consume();
            actions.quit();
        });
    }

    /** Sets the scene and bounds and shows the window; tells the user about a restored autosave. */
    public void show() {
        stage.setScene(scene);
        place(stage, model.windowBounds());
        stage.show();
        if (model.restoredFromAutosaveProperty().get()) {
            Platform.runLater(() -> notifyUser(i18n.text("notification.restored")));
        }
        editor.area().requestFocus();
    }

    /** Puts {@code stage} where the window was last time (the start-up screen uses it too). */
    public static void place(Stage stage, WindowBounds bounds) {
        if (bounds.hasPosition() && isOnSomeScreen(bounds)) {
            stage.setX(bounds.x());
            stage.setY(bounds.y());
        }
        stage.setWidth(bounds.width());
        stage.setHeight(bounds.height());
        stage.setMaximized(bounds.maximized());
    }

    /** A monitor may have been unplugged since last time: never reopen the window off screen. */
    private static boolean isOnSomeScreen(WindowBounds bounds) {
        return !Screen.getScreensForRectangle(bounds.x(), bounds.y(), Math.min(bounds.width(), 200),
                Math.min(bounds.height(), 100)).isEmpty();
    }

    /** A non-modal message over the workspace that stays until the user closes it. */
    public void notifyUser(String text) {
        notificationTimer.stop();
        notifications.setText(text);
        notifications.show();
    }

    /** A non-modal message that goes away by itself after a few seconds. */
    public void flash(String text) {
        notifyUser(text);
        notificationTimer.playFromStart();
    }

    // ---- the API other parts use ------------------------------------------------------------

    public Scene scene() {
        return scene;
    }

    public BorderPane root() {
        return root;
    }

    /**
     * The one {@code type} attached to this window under {@code key}, made by {@code create} on
     * first use: integrations install themselves once per window however often they are asked.
     */
    public <T> T attached(String key, Class<T> type, Supplier<T> create) {
        Object existing = root.getProperties().get(key);
        if (type.isInstance(existing)) {
            return type.cast(existing);
        }
        T made = create.get();
        root.getProperties().put(key, made);
        return made;
    }

    public AppModel model() {
        return model;
    }

    public I18n i18n() {
        return i18n;
    }

    /** The central area: {@code viewHost().show(view)}, {@code viewHost().setPlayerBar(bar)}. */
    public ViewHost viewHost() {
        return viewHost;
    }

    /** Registers the view a lesson opens; re-shows it at once if that lesson is open. */
    public void registerLessonView(String lessonId, Supplier<? extends Node> factory) {
        lessonViews.register(lessonId, factory);
        if (model.currentLesson().id().equals(lessonId)) {
            showLessonView(model.currentLesson());
        }
    }

    public CodeEditor editor() {
        return editor;
    }

    /** Switches the editor's highlighter (the {@code lang} tokenizer replaces the regex one). */
    public void setSyntaxHighlighter(SyntaxHighlighter highlighter) {
        editor.setHighlighter(highlighter);
    }

    public ShellActions actions() {
        return actions;
    }

    public AppMenuBar menuBar() {
        return menuBar;
    }

    public AppToolBar toolBar() {
        return toolBar;
    }

    public LessonNavigator navigator() {
        return navigator;
    }

    public ExplanationPane explanation() {
        return explanation;
    }

    public StatusBar statusBar() {
        return statusBar;
    }

    public NotificationPane notifications() {
        return notifications;
    }

    public Node workspace() {
        return workspace;
    }
}
