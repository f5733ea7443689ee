package org.ouroboros.ui.view.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.StagedFxTestBase;
import org.ouroboros.ui.player.PlayerModel;
import org.ouroboros.ui.player.RenderedText;
import org.ouroboros.ui.player.TraceViewBinding;

/**
 * The dispatch view on the seed's chapter 2 code run by the VM at the fine level: the walks it
 * shows, the for loop's sequence-protocol fallback ending on IndexError, print's fallback from
 * __str__ to __repr__, exact stepping back, and both languages. Assertions are on the scene graph.
 */
class DispatchViewTest extends StagedFxTestBase {
    private static final Trace SEED = LessonTraces.fine(LessonTraces.lesson("magic-methods"));

    private DispatchView view;

    @BeforeEach
    void open() {
        view = callFx(() -> {
            DispatchView v = new DispatchView();
            v.setLocale(Locale.ENGLISH);
            return v;
        });
        show(new StackPane(view.node()), 1200, 800);
    }

    private List<String> shownAt(Trace trace, int position) {
        return callFx(() -> {
            view.show(trace, position);
            return RenderedText.of(view.node());
        });
    }

    private static boolean anyContains(List<String> lines, String text) {
        return lines.stream().anyMatch(l -> l.contains(text));
    }

    private Walk walk(Trace trace, String operation) {
        callFx(() -> {
            view.show(trace, trace.size() - 1);
            return null;
        });
        return view.allWalks().stream().filter(w -> w.name().equals(operation)).findFirst().orElseThrow();
    }

    @Test
    void theSeedsProgramShowsIterLenAndStrWalks() {
        callFx(() -> {
            view.show(SEED, SEED.size() - 1);
            return null;
        });
        List<String> operations = view.allWalks().stream().filter(w -> w.kind() == Walk.Kind.SPECIAL)
                .map(Walk::name).distinct().toList();
        assertTrue(operations.containsAll(List.of("a[k]", "iter()", "len()", "str()", "repr()")), operations.toString());
        Walk len = walk(SEED, "len()");
        List<String> shown = shownAt(SEED, len.lastPosition());
        assertTrue(anyContains(shown, "len() on an A object"), shown.toString());
        assertTrue(anyContains(shown, "Call A.__len__"), shown.toString());
    }

    @Test
    void theForLoopFallbackWalkEndsOnIndexError() {
        Walk iteration = walk(SEED, "iter()");
        Step.Item last = iteration.items().get(iteration.items().size() - 1);
        assertEquals("IndexError", last.stopException());
        assertEquals(3, last.index(), "x, y, z, then __getitem__(3) raises");

        List<String> end = shownAt(SEED, last.position());
        assertTrue(anyContains(end, "No __iter__: Python falls back to the sequence protocol"), end.toString());
        assertTrue(anyContains(end, "__getitem__(0) → 'x'"), end.toString());
        assertTrue(anyContains(end, "__getitem__(3) → IndexError: the loop ends"), end.toString());
        assertTrue(end.stream().anyMatch(l -> l.contains("dispatch-class, dispatch-miss") || l.contains("✗ not here")),
                "the __iter__ search shows the classes that lack it");

        // Back to when __getitem__(2) answered: no IndexError yet.
        List<String> before = shownAt(SEED, iteration.items().get(2).position());
        assertFalse(anyContains(before, "→ IndexError"), before.toString());
        assertTrue(anyContains(before, "__getitem__(2) → 'z'"), before.toString());
        // And forward again: exactly the same picture as before.
        assertEquals(end, shownAt(SEED, last.position()));
    }

    @Test
    void printFallsBackFromStrToRepr() {
        Trace trace = LessonTraces.fine("""
                class R:
                    def __repr__(self):
                        return 'R!'
                print(R())
                """);
        Walk str = walk(trace, "str()");
        List<String> shown = shownAt(trace, str.lastPosition());
        assertTrue(anyContains(shown, "object.__str__ calls repr(self)"), shown.toString());
        assertTrue(anyContains(shown, "Search R.__mro__ for the magic method __repr__"), shown.toString());
        assertTrue(anyContains(shown, "Call R.__repr__"), shown.toString());
        List<Step> steps = str.steps();
        assertTrue(steps.get(0) instanceof Step.MroSearch first && first.definer().equals("object"),
                "__str__ is found on object, not on R");
    }

    @Test
    void attributeLookupShowsTheInstanceDictAnswer() {
        Trace trace = LessonTraces.fine("""
                class P:
                    def __init__(self):
                        self.v = 1
                P().v
                """);
        callFx(() -> {
            view.show(trace, trace.size() - 1);
            return null;
        });
        Walk lookup = view.allWalks().stream().filter(w -> w.kind() == Walk.Kind.ATTRIBUTE && w.name().equals("v"))
                .reduce((a, b) -> b).orElseThrow();
        List<String> shown = shownAt(trace, lookup.lastPosition());
        assertTrue(anyContains(shown, "Attribute lookup: .v on an P object"), shown.toString());
        assertTrue(anyContains(shown, "Look in the instance __dict__ for 'v'"), shown.toString());
        assertTrue(anyContains(shown, "Answer from the instance __dict__: 1"), shown.toString());
    }

    @Test
    void playerStepsForwardAndBackExactly() {
        PlayerModel player = callFx(PlayerModel::new);
        callFx(() -> {
            TraceViewBinding.bind(player, view);
            view.setSeeker(player::seek);
            player.setTrace(SEED);
            return null;
        });
        List<String> atStart = callFx(() -> RenderedText.of(view.node()));
        assertTrue(anyContains(atStart, "No lookup or dispatch yet"), atStart.toString());
        Walk len = walk(SEED, "len()");
        List<String> forward = callFx(() -> {
            player.seek(len.lastPosition());
            return RenderedText.of(view.node());
        });
        List<String> afterBackAndForth = callFx(() -> {
            player.stepForward();
            player.stepBack();
            return RenderedText.of(view.node());
        });
        assertEquals(forward, afterBackAndForth);
        // "Previous walk" moves the player to the start of the walk before.
        int before = callFx(() -> {
            view.currentWalk();
            javafx.scene.control.Button previous = (javafx.scene.control.Button) view.node().lookup("#dispatch-previous");
            previous.fire();
            return player.getPosition();
        });
        assertEquals(len.ordinal() - 1, callFx(() -> view.currentWalk().ordinal()));
        assertEquals(view.allWalks().get(len.ordinal() - 1).startPosition(), before);
    }

    @Test
    void chineseTextComesFromTheChineseBundle() {
        Walk iteration = walk(SEED, "iter()");
        callFx(() -> {
            view.setLocale(Locale.SIMPLIFIED_CHINESE);
            return null;
        });
        List<String> shown = shownAt(SEED, iteration.lastPosition());
        assertTrue(anyContains(shown, "退回到序列协议"), shown.toString());
        assertTrue(anyContains(shown, "循环结束"), shown.toString());
        assertNotNull(view.currentWalk());
    }

    @Test
    void everyTextIsAtLeast18PixelsInPresentationMode() {
        Walk iteration = walk(SEED, "iter()");
        List<String> small = callFx(() -> {
            DispatchView fresh = new DispatchView();
            fresh.setLocale(Locale.ENGLISH);
            return PresentationText.smallerThan(18, fresh, SEED, iteration.lastPosition());
        });
        assertTrue(small.isEmpty(), small.toString());
    }

    @Test
    void thePickersOpenListIsAtLeast18PixelsInPresentationMode() {
        List<String> small = callFx(() -> {
            DispatchView fresh = new DispatchView();
            fresh.setSource(CH2);
            javafx.scene.Scene scene = org.ouroboros.ui.export.ViewRenderer.scene(fresh,
                    new org.ouroboros.ui.export.RenderSettings(1200, 800, org.ouroboros.ui.model.ThemeChoice.LIGHT,
                            org.ouroboros.ui.model.Language.ENGLISH, true, 1));
            stage.setScene(scene);
            fresh.show(CH2_TRACE, CH2_TRACE.size() - 1);
            javafx.scene.control.ComboBox<?> combo = (javafx.scene.control.ComboBox<?>) scene.lookup("#dispatch-picker");
            combo.show();
            javafx.scene.Node list = ((javafx.scene.control.skin.ComboBoxListViewSkin<?>) combo.getSkin()).getPopupContent();
            list.applyCss();
            ((javafx.scene.Parent) list).layout();
            List<String> found = new java.util.ArrayList<>();
            PresentationText.collect(list, 18, found);
            long cells = list.lookupAll(".list-cell").stream().filter(n -> n instanceof javafx.scene.control.Labeled l
                    && l.getText() != null && !l.getText().isEmpty()).count();
            combo.hide();
            return cells == 0 ? List.of("no cells shown") : found;
        });
        assertTrue(small.isEmpty(), small.toString());
    }

    // ---- the expression picker, on the seed's chapter 2 block (org/ouroboros/lessons/programs/ch2_1.py) ----

    private static final String CH2 = LessonTraces.seed("ch2_1.py");
    private static final Trace CH2_TRACE = LessonTraces.fine(CH2);

    private PlayerModel playerOn(Trace trace, String source) {
        PlayerModel player = callFx(PlayerModel::new);
        runFx(() -> {
            TraceViewBinding.bind(player, view);
            view.setSeeker(player::seek);
            view.setSource(source);
            player.setTrace(trace);
        });
        return player;
    }

    private List<String> choiceTexts() {
        return callFx(() -> view.choices().stream().map(view::choiceText).toList());
    }

    private WalkChoice choice(String text) {
        return callFx(() -> view.choices().stream().filter(c -> view.choiceText(c).equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text + " not in " + view.choices().stream()
                        .map(view::choiceText).toList())));
    }

    private String pickerButtonText() {
        return callFx(() -> ((javafx.scene.control.ComboBox<?>) view.node().lookup("#dispatch-picker")).getButtonCell()
                .getText());
    }

    @Test
    void thePickerListsTheSeedsLinesEachFollowedByItsExpressions() {
        playerOn(CH2_TRACE, CH2);
        List<String> texts = choiceTexts();
        int forLine = texts.indexOf("line 27: for i in a:");
        int lenLine = texts.indexOf("line 30: print(len(a))");
        assertTrue(forLine >= 0 && lenLine > forLine, texts.toString());
        assertEquals("iter() on A", texts.get(forLine + 1), "the for loop's dispatch sits under its line");
        assertEquals("len() on A", texts.get(lenLine + 1));
        // __getitem__ reads self.lst once per item: one entry with its count, not one per call.
        int getitemBody = texts.indexOf("line 7: return self.lst[item]");
        assertTrue(getitemBody >= 0, texts.toString());
        assertTrue(texts.get(getitemBody + 1).matches("\\.lst on an A object  ×\\d+"), texts.get(getitemBody + 1));
        // The code of the line, not its comment.
        assertTrue(texts.contains("line 32: print(repr(a))"), texts.toString());
        // Lines in source order.
        List<Integer> lines = callFx(() -> view.choices().stream().filter(c -> c.kind() == WalkChoice.Kind.LINE)
                .map(WalkChoice::line).toList());
        assertEquals(lines.stream().sorted().toList(), lines);
    }

    @Test
    void choosingAnExpressionMovesTheSharedPlayerToItsWalk() {
        PlayerModel player = playerOn(CH2_TRACE, CH2);
        WalkChoice len = choice("len() on A");
        runFx(() -> view.choose(len));
        assertEquals(len.first().startPosition(), (int) callFx(player::getPosition));
        assertEquals("len()", callFx(() -> view.currentWalk().name()));
        assertEquals("len() on A  (line 30)", pickerButtonText());
        List<String> shown = callFx(() -> RenderedText.of(view.node()));
        assertTrue(anyContains(shown, "len() on an A object"), shown.toString());
        assertTrue(anyContains(shown, "line 30: print(len(a))"), "the walk says which code it is: " + shown);

        // A line: its first walk; stepping on inside the line's walks keeps the line chosen.
        WalkChoice forLine = choice("line 27: for i in a:");
        runFx(() -> view.choose(forLine));
        assertEquals(forLine.first().startPosition(), (int) callFx(player::getPosition));
        assertEquals("iter()", callFx(() -> view.currentWalk().name()));
        runFx(player::stepForward);
        assertEquals("line 27: for i in a:", pickerButtonText());
        // Moving elsewhere with the player: the picker follows to that walk's expression.
        runFx(() -> player.seek(len.first().startPosition()));
        assertEquals("len() on A  (line 30)", pickerButtonText());
    }

    @Test
    void theKeyboardChoosesFromThePicker() {
        PlayerModel player = playerOn(CH2_TRACE, CH2);
        runFx(() -> view.choose(choice("len() on A")));
        javafx.scene.control.ComboBox<?> combo = callFx(() -> (javafx.scene.control.ComboBox<?>) view.node()
                .lookup("#dispatch-picker"));
        assertTrue(callFx(combo::isFocusTraversable), "Tab reaches the picker");
        runFx(combo::requestFocus);
        robot.type(javafx.scene.input.KeyCode.DOWN);
        WalkChoice next = choice("line 32: print(repr(a))");
        assertEquals(next.first().startPosition(), (int) callFx(player::getPosition), "Down chose the next entry");
        assertEquals("line 32: print(repr(a))", pickerButtonText());
    }

    @Test
    void theCaretLineButtonShowsTheWalksOfTheEditorsLine() {
        PlayerModel player = playerOn(CH2_TRACE, CH2);
        javafx.scene.control.Button caret = callFx(() -> (javafx.scene.control.Button) view.node()
                .lookup("#dispatch-caret-line"));
        assertFalse(callFx(caret::isVisible), "no caret line given: no button");
        runFx(() -> view.caretLineProperty().set(24));
        assertEquals("Caret's line (24)", callFx(caret::getText));
        assertTrue(callFx(caret::isDisabled), "line 24 is a comment: nothing ran there");
        runFx(() -> view.caretLineProperty().set(30));
        assertFalse(callFx(caret::isDisabled));
        runFx(caret::fire);
        Walk first = callFx(() -> view.allWalks().stream().filter(w -> w.line() == 30).findFirst().orElseThrow());
        assertEquals(first.startPosition(), (int) callFx(player::getPosition));
        assertEquals("line 30: print(len(a))", pickerButtonText());
    }

    @Test
    void thePickerSpeaksChineseAndNamesLinesByNumberWithoutTheProgram() {
        playerOn(CH2_TRACE, CH2);
        runFx(() -> view.setLocale(Locale.SIMPLIFIED_CHINESE));
        List<String> zh = choiceTexts();
        assertTrue(zh.contains("第 30 行：print(len(a))"), zh.toString());
        assertTrue(zh.contains("A 对象上的 len()"), zh.toString());
        assertEquals("表达式：", callFx(() -> ((javafx.scene.control.Label) view.node()
                .lookup(".dispatch-picker-prompt")).getText()));
        runFx(() -> {
            view.setLocale(Locale.ENGLISH);
            view.setSource("");
        });
        assertTrue(choiceTexts().contains("line 30"), choiceTexts().toString());
    }

    @Test
    void theHeadlessExportQuotesTheProgramsLines() {
        List<String> texts = callFx(() -> {
            DispatchView exported = (DispatchView) org.ouroboros.ui.export.ExportableViews.get("dispatch")
                    .create(new org.ouroboros.ui.export.ExportOptions(Locale.ENGLISH, null, CH2));
            exported.show(CH2_TRACE, CH2_TRACE.size() - 1);
            return exported.choices().stream().map(exported::choiceText).toList();
        });
        assertTrue(texts.contains("line 30: print(len(a))"), texts.toString());
    }
}
