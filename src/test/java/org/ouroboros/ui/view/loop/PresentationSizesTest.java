package org.ouroboros.ui.view.loop;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.StagedFxTestBase;
import org.ouroboros.ui.view.ViewShots;
import org.ouroboros.ui.view.c10k.C10kView;
import org.ouroboros.ui.view.gen.GenView;
import org.ouroboros.ui.view.io.IoView;

/** In presentation mode (the app's .presentation root) every text of the async views is at least 18 px. */
class PresentationSizesTest extends StagedFxTestBase {
    private static final Trace FIVE = AsyncioTraces.run(AsyncioTraces.FIVE_GET_HTML);

    private List<String> tooSmall(Supplier<Node> make, String shot) {
        StackPane root = callFx(() -> {
            StackPane r = new StackPane(make.get());
            r.getStyleClass().add("presentation");
            r.getStylesheets().add(Objects.requireNonNull(
                    PresentationSizesTest.class.getResource("/org/ouroboros/ui/css/ouroboros.css")).toExternalForm());
            return r;
        });
        show(root, 1200, 780);
        runFx(() -> ViewShots.save(root, shot));
        return callFx(() -> {
            List<String> small = new ArrayList<>();
            collect(root, small);
            return small;
        });
    }

    private static void collect(Node node, List<String> small) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isBlank() && l.getFont().getSize() < 18) {
            small.add(l.getText() + " @" + l.getFont().getSize());
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, small);
            }
        }
    }

    @Test
    void loopView() {
        List<String> small = tooSmall(() -> {
            LoopView v = new LoopView();
            v.setLocale(Locale.ENGLISH);
            v.show(FIVE, FIVE.size() - 1);
            return v.node();
        }, "presentation-loop");
        assertTrue(small.isEmpty(), small.toString());
    }

    @Test
    void genView() {
        List<String> small = tooSmall(() -> {
            GenView v = new GenView();
            v.setLocale(Locale.ENGLISH);
            v.show(FIVE, FIVE.size() / 2);
            return v.node();
        }, "presentation-gen");
        assertTrue(small.isEmpty(), small.toString());
    }

    @Test
    void ioAndC10kViews() {
        IoView io = callFx(IoView::new);
        List<String> small = tooSmall(io::node, "presentation-io");
        C10kView c10k = callFx(C10kView::new);
        small.addAll(tooSmall(c10k::node, "presentation-c10k"));
        runFx(() -> {
            io.dispose();
            c10k.dispose();
        });
        assertTrue(small.isEmpty(), small.toString());
    }
}
