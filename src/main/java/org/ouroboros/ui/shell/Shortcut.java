package org.ouroboros.ui.shell;

import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * A keyboard shortcut of the shell, as data: the menus take their accelerators from here and
 * the F1 help dialog lists exactly these.
 *
 * @param id             bundle key suffix of the description ({@code shortcut.<id>})
 * @param keys           the primary combination
 * @param alternatives   further combinations that do the same (e.g. numpad +)
 */
public record Shortcut(String id, KeyCombination keys, List<KeyCombination> alternatives) {

    public static final Shortcut OPEN = of("open", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
    public static final Shortcut SAVE = of("save", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
    public static final Shortcut SAVE_AS = of("saveAs",
            new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
    public static final Shortcut OPEN_LECTURE = of("openLecture",
            new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
    public static final Shortcut SAVE_LECTURE = of("saveLecture",
            new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
    public static final Shortcut RUN = new Shortcut("run",
            new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN),
            List.of(new KeyCodeCombination(KeyCode.F9)));
    /** Not Esc: Esc leaves presentation mode. */
    public static final Shortcut STOP = new Shortcut("stop",
            new KeyCodeCombination(KeyCode.PERIOD, KeyCombination.SHORTCUT_DOWN),
            List.of(new KeyCodeCombination(KeyCode.F5, KeyCombination.SHIFT_DOWN)));
    public static final Shortcut EXPORT = of("export", new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
    public static final Shortcut EXPORT_ANIMATION = of("exportAnimation",
            new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
    public static final Shortcut PRESENTATION = of("presentation", new KeyCodeCombination(KeyCode.F5));
    public static final Shortcut LEAVE_PRESENTATION = of("leavePresentation", new KeyCodeCombination(KeyCode.ESCAPE));
    public static final Shortcut ZOOM_IN = new Shortcut("zoomIn",
            new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN),
            List.of(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                    new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN),
                    new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN)));
    public static final Shortcut ZOOM_OUT = new Shortcut("zoomOut",
            new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN),
            List.of(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN)));
    public static final Shortcut ZOOM_RESET = new Shortcut("zoomReset",
            new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN),
            List.of(new KeyCodeCombination(KeyCode.NUMPAD0, KeyCombination.SHORTCUT_DOWN)));
    /**
     * Lesson steps: Alt+→/← (not plain arrows, which step the player, nor Ctrl/Shift+arrows, which
     * move and select in the editor); Alt+Page Down/Up too, near a presenter remote's keys.
     */
    public static final Shortcut NEXT_STEP = new Shortcut("nextStep",
            new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN),
            List.of(new KeyCodeCombination(KeyCode.PAGE_DOWN, KeyCombination.ALT_DOWN)));
    public static final Shortcut PREVIOUS_STEP = new Shortcut("previousStep",
            new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN),
            List.of(new KeyCodeCombination(KeyCode.PAGE_UP, KeyCombination.ALT_DOWN)));
    /** The lesson's "try it" exercises (T for try). */
    public static final Shortcut TRY_IT = of("tryIt",
            new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
    public static final Shortcut HELP = of("help", new KeyCodeCombination(KeyCode.F1));
    public static final Shortcut QUIT = of("quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));

    /** Every shell shortcut, in the order the help dialog lists them. */
    public static final List<Shortcut> ALL = List.of(
            OPEN, SAVE, SAVE_AS, OPEN_LECTURE, SAVE_LECTURE, RUN, STOP, EXPORT, EXPORT_ANIMATION, PRESENTATION,
            LEAVE_PRESENTATION, ZOOM_IN, ZOOM_OUT, ZOOM_RESET, NEXT_STEP, PREVIOUS_STEP, TRY_IT, HELP, QUIT);

    public Shortcut {
        alternatives = List.copyOf(alternatives);
    }

    private static Shortcut of(String id, KeyCombination keys) {
        return new Shortcut(id, keys, List.of());
    }

    public String descriptionKey() {
        return "shortcut." + id;
    }
}
