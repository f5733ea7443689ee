package org.ouroboros.ui.export;

import org.ouroboros.ui.model.Language;
import org.ouroboros.ui.model.ThemeChoice;

/**
 * How a headless render looks: size in pixels before scaling, theme, language, presentation
 * type (the app's {@code .presentation} root class: 20 px base), and the snapshot scale.
 */
public record RenderSettings(int width, int height, ThemeChoice theme, Language language, boolean presentation,
                             double scale) {
    public static RenderSettings defaults() {
        return new RenderSettings(1600, 1000, ThemeChoice.LIGHT, Language.ENGLISH, true, 1.0);
    }
}
