package org.ouroboros.ui.view.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Tab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouroboros.trace.CreationEvent;
import org.ouroboros.trace.ExecutionEvent;
import org.ouroboros.trace.LookupEvent;
import org.ouroboros.ui.FxTestBase;
import org.ouroboros.ui.RealWindow;
import org.ouroboros.ui.view.LessonTabs;
import org.ouroboros.ui.view.creation.CreationIntegration;
import org.ouroboros.ui.view.mro.MroIntegration;

/**
 * The dispatch and creation views in the app's real window: their tabs in the right lessons,
 * and Run (as Ctrl+Enter does it) recording the fine events they draw from.
 */
class ObjectModelTabsTest extends FxTestBase {
    @TempDir
    Path config;

    private RealWindow real;
    private DispatchIntegration dispatch;
    private CreationIntegration creation;

    @BeforeEach
    void open() {
        real = RealWindow.open(config);
        runFx(() -> {
            MroIntegration.install(real.window(), real.runs());
            dispatch = DispatchIntegration.install(real.window(), real.runs());
            creation = CreationIntegration.install(real.window(), real.runs());
        });
    }

    @AfterEach
    void close() {
        real.close();
    }

    private List<String> tabIds() {
        return callFx(() -> LessonTabs.install(real.window(), real.runs()).tabs().getTabs().stream()
                .map(Tab::getId).toList());
    }

    @Test
    void eachLessonHasItsTabs() {
        real.selectLesson("magic-methods");
        assertEquals(List.of(LessonTabs.EXECUTION_TAB_ID, DispatchIntegration.TAB_ID), tabIds());
        real.selectLesson("classes");
        assertEquals(List.of(LessonTabs.EXECUTION_TAB_ID, MroIntegration.MRO_TAB_ID, DispatchIntegration.TAB_ID,
                CreationIntegration.TAB_ID), tabIds());
        real.selectLesson("metaclasses");
        assertEquals(List.of(LessonTabs.EXECUTION_TAB_ID, MroIntegration.MRO_TAB_ID, CreationIntegration.TAB_ID),
                tabIds());
        real.selectLesson("threads");
        assertFalse(tabIds().contains(DispatchIntegration.TAB_ID));
    }

    @Test
    void runningTheMagicMethodsLessonRecordsTheWalks() {
        real.selectStep("magic-methods", 2);
        runFx(() -> real.runs().runEditor());
        waitFor("the run's trace in the player", () -> real.runs().player().getSize() > 0
                && !real.runs().controller().isRunning());
        assertTrue(callFx(() -> real.runs().player().getTrace().events().stream()
                .anyMatch(e -> e instanceof LookupEvent.LookupStarted)), "Run records the fine trace here");
        assertTrue(callFx(() -> real.runs().player().getTrace().events().stream()
                .noneMatch(e -> e instanceof ExecutionEvent.InstructionExecuted)), "but not every bytecode");
        assertTrue(callFx(dispatch::show));
        waitFor("the dispatch view follows the player", () -> dispatch.view().currentWalk() != null);
        assertTrue(callFx(() -> dispatch.view().allWalks().stream().anyMatch(w -> w.name().equals("iter()"))));
        // The picker names each line by the text of the run's program, and knows the editor's caret line.
        String[] lines = callFx(() -> real.window().editor().getText().split("\n", -1));
        WalkChoice iter = callFx(() -> dispatch.view().choices().stream()
                .filter(c -> c.kind() == WalkChoice.Kind.LINE && c.first().name().equals("iter()")).findFirst()
                .orElseThrow());
        assertEquals(lines[iter.line() - 1].strip(), iter.source());
        runFx(() -> real.window().editor().area().moveTo(iter.line() - 1, 0));
        assertEquals(iter.line(), (int) callFx(() -> dispatch.view().caretLineProperty().get()));
    }

    @Test
    void runningTheMetaclassLessonFeedsTheCreationView() {
        real.selectStep("metaclasses", 7);
        runFx(() -> real.runs().runEditor());
        waitFor("the run's trace in the player", () -> real.runs().player().getSize() > 0
                && !real.runs().controller().isRunning());
        assertTrue(callFx(() -> real.runs().player().getTrace().events().stream()
                .anyMatch(e -> e instanceof CreationEvent.MetaclassResolved)));
        assertTrue(callFx(creation::show));
        waitFor("the creation view shows the last class statement", () -> creation.view().currentDiagram() != null
                && creation.view().currentDiagram().titleArgs().contains("User"));
    }
}
