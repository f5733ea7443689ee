package org.ouroboros.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.ouroboros.ui.model.ThemeChoice;

/**
 * Applies a theme as a swap of stylesheets, never as colours in code: AtlantaFX's Primer theme
 * as the user-agent stylesheet, then the project's own stylesheet, then (for high contrast) an
 * override sheet that redefines the looked-up colours. The root also gets a
 * {@code theme-<tag>} style class so project CSS can tell themes apart.
 */
public final class ThemeApplier {
    public static final String BASE_STYLESHEET = resource("ouroboros.css");
    public static final String HIGH_CONTRAST_STYLESHEET = resource("high-contrast.css");

    private static final String THEME_CLASS_PREFIX = "theme-";

    private ThemeApplier() {}

    /** The user-agent stylesheet (AtlantaFX) a theme builds on, in binary form: it loads faster. */
    public static String userAgentStylesheet(ThemeChoice theme) {
        return switch (theme) {
            case LIGHT -> new PrimerLight().getUserAgentStylesheetBSS();
            case DARK, HIGH_CONTRAST -> new PrimerDark().getUserAgentStylesheetBSS();
        };
    }

    /** The scene stylesheets of a theme, in cascade order. */
    public static List<String> sceneStylesheets(ThemeChoice theme) {
        List<String> sheets = new ArrayList<>();
        sheets.add(BASE_STYLESHEET);
        if (theme == ThemeChoice.HIGH_CONTRAST) {
            sheets.add(HIGH_CONTRAST_STYLESHEET);
        }
        return sheets;
    }

    /** Must run on the FX thread. The user-agent stylesheet is app-wide, so dialogs follow too. */
    public static void apply(Scene scene, ThemeChoice theme) {
        Application.setUserAgentStylesheet(userAgentStylesheet(theme));
        applySceneOnly(scene, theme);
    }

    /** Styles a secondary scene (a dialog) like the main one, without touching the app-wide sheet. */
    public static void applySceneOnly(Scene scene, ThemeChoice theme) {
        List<String> wanted = sceneStylesheets(theme);
        List<String> sheets = scene.getStylesheets();
        sheets.removeIf(sheet -> sheet.equals(BASE_STYLESHEET) || sheet.equals(HIGH_CONTRAST_STYLESHEET));
        sheets.addAll(0, wanted);
        Parent root = scene.getRoot();
        if (root != null) {
            root.getStyleClass().removeIf(c -> c.startsWith(THEME_CLASS_PREFIX));
            root.getStyleClass().add(THEME_CLASS_PREFIX + theme.tag());
        }
    }

    private static String resource(String name) {
        return Objects.requireNonNull(ThemeApplier.class.getResource("/org/ouroboros/ui/css/" + name),
                "missing stylesheet " + name).toExternalForm();
    }
}
