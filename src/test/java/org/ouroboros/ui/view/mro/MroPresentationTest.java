package org.ouroboros.ui.view.mro;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ouroboros.trace.ExecutionEvent;
import org.ouroboros.trace.MroEvent;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.FxTestBase;
import org.ouroboros.ui.export.RenderSettings;
import org.ouroboros.ui.export.ViewRenderer;
import org.ouroboros.ui.model.Language;
import org.ouroboros.ui.model.ThemeChoice;

/**
 * In presentation mode, in a pane as narrow as the app's MRO tab at 1920×1080, every text the
 * view shows (on labels and drawn on its canvases) is at least 18 px and none is cut short with "…":
 * a merge with a rejection, the
 * contrast mode and the super() walk, in both languages.
 */
class MroPresentationTest extends FxTestBase {
    private static final Trace SEED = MroTraces.run(MroTraces.SEED_CLASSES);

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"ENGLISH", "SIMPLIFIED_CHINESE"})
    void everyTextIsLegibleAndWhole(Language language) {
        int rejection = indexOf(e -> e instanceof MroEvent.CandidateRejected r && r.cls().equals("E"));
        int walking = indexOf(e -> e instanceof ExecutionEvent.OutputWritten o && o.text().equals("enter C\n"));
        List<String> problems = callFx(() -> {
            MroView view = new MroView();
            view.setLocale(language.locale());
            view.setSeeker(p -> { });
            Scene scene = ViewRenderer.scene(view, new RenderSettings(640, 900, ThemeChoice.LIGHT, language, true, 1));
            List<String> found = new ArrayList<>();
            for (int position : List.of(rejection, walking)) {
                for (boolean contrast : List.of(false, true)) {
                    view.setContrast(contrast);
                    view.show(SEED, position);
                    for (int pass = 0; pass < 2; pass++) {
                        scene.getRoot().applyCss();
                        scene.getRoot().layout();
                    }
                    check(view.node(), found, "position " + position + (contrast ? " contrast" : ""));
                }
            }
            return found;
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static void check(Node node, List<String> problems, String where) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l && !l.getText().isEmpty()) {
            if (l.getFont().getSize() < 18) {
                problems.add(where + ": " + l.getFont().getSize() + " px: " + l.getStyleClass() + " " + l.getText());
            }
            Text shown = (Text) l.lookup(".text");
            if (shown != null && !shown.getText().equals(l.getText())) {
                problems.add(where + ": cut to \"" + shown.getText() + "\": " + l.getStyleClass() + " " + l.getText());
            }
            return;
        }
        if (node instanceof CanvasBoard board) {
            // Drawn text: each piece at least 18 px and within its box.
            if (board.painted().isEmpty() && !board.getAccessibleText().isEmpty()) {
                problems.add(where + ": drew nothing of " + board.getAccessibleText());
            }
            for (Boxes.Painted p : board.painted()) {
                if (p.font().getSize() < 18) {
                    problems.add(where + ": " + p.font().getSize() + " px: " + board.getStyleClass() + " " + p.text());
                }
                if (p.width() > p.boxWidth() + 0.5) {
                    problems.add(where + ": wider than its box: " + board.getStyleClass() + " " + p.text());
                }
            }
            return;
        }
        if (node instanceof ScrollPane scroll && scroll.getContent() != null) {
            check(scroll.getContent(), problems, where);
            return;
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> check(c, problems, where));
        }
    }

    private interface EventTest {
        boolean test(org.ouroboros.trace.TraceEvent e);
    }

    private static int indexOf(EventTest test) {
        for (int k = 0; k < SEED.size(); k++) {
            if (test.test(SEED.get(k))) {
                return k;
            }
        }
        throw new AssertionError("no such event");
    }
}
