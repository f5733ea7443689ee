package org.ouroboros.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.image.Image;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.junit.jupiter.api.Test;
import org.ouroboros.ui.model.ThemeChoice;
import org.ouroboros.ui.prefs.WindowBounds;

class StartupScreenTest extends FxTestBase {
    private static final WindowBounds BOUNDS = new WindowBounds(Double.NaN, Double.NaN, 900, 600, false);
    private static final Image LOGO = AppIcons.image(StartupScreen.LOGO_SIZE);

    @Test
    void hasTheSizeTheMainWindowWillHave() {
        Scene scene = callFx(() -> StartupScreen.create(ThemeChoice.LIGHT, BOUNDS, LOGO));
        assertEquals(900, scene.getWidth());
        assertEquals(600, scene.getHeight());
    }

    @Test
    void paintsEachThemesBackgroundSoTheSwitchToTheShellDoesNotFlash() {
        assertEquals(Color.web("#ffffff"), background(ThemeChoice.LIGHT));
        assertEquals(Color.web("#0d1117"), background(ThemeChoice.DARK));
        assertEquals(Color.web("#000000"), background(ThemeChoice.HIGH_CONTRAST));
    }

    @Test
    void usesNoControlsSoTheThemesStylesheetNeedNotLoadFirst() {
        Scene scene = callFx(() -> StartupScreen.create(ThemeChoice.DARK, BOUNDS, LOGO));
        assertTrue(noControlIn(scene.getRoot()), "a Control on the start-up screen");
    }

    private static Paint background(ThemeChoice theme) {
        return callFx(() -> {
            Scene scene = StartupScreen.create(theme, BOUNDS, LOGO);
            scene.getRoot().applyCss();
            return ((Region) scene.getRoot()).getBackground().getFills().get(0).getFill();
        });
    }

    private static boolean noControlIn(Node node) {
        if (node instanceof Control) {
            return false;
        }
        if (node instanceof Parent parent) {
            return parent.getChildrenUnmodifiable().stream().allMatch(StartupScreenTest::noControlIn);
        }
        return true;
    }
}
