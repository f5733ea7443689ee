package org.ouroboros.ui.prefs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ouroboros.ui.model.Language;
import org.ouroboros.ui.model.ThemeChoice;
import org.ouroboros.ui.model.Zoom;

/**
 * Everything the app remembers between runs.
 *
 * @param lastLesson               id of the lesson open at exit, empty for the first lesson
 * @param recentFiles              most recent first, at most {@link #MAX_RECENT_FILES}
 * @param presentationHighContrast whether presentation mode switches to the high-contrast theme
 */
public record Preferences(
        Language language,
        ThemeChoice theme,
        String lastLesson,
        WindowBounds windowBounds,
        List<Path> recentFiles,
        double zoom,
        boolean presentationHighContrast) {

    public static final int MAX_RECENT_FILES = 8;

    public Preferences {
        recentFiles = List.copyOf(recentFiles.subList(0, Math.min(recentFiles.size(), MAX_RECENT_FILES)));
        zoom = Zoom.clamp(zoom);
        lastLesson = lastLesson == null ? "" : lastLesson;
    }

    /** Defaults for a first start on a machine whose locale is {@code systemLanguage}. */
    public static Preferences defaults(Language systemLanguage) {
        return new Preferences(systemLanguage, ThemeChoice.LIGHT, "", WindowBounds.DEFAULT, List.of(), Zoom.DEFAULT, true);
    }

    public Preferences withLanguage(Language value) {
        return new Preferences(value, theme, lastLesson, windowBounds, recentFiles, zoom, presentationHighContrast);
    }

    public Preferences withTheme(ThemeChoice value) {
        return new Preferences(language, value, lastLesson, windowBounds, recentFiles, zoom, presentationHighContrast);
    }

    public Preferences withLastLesson(String value) {
        return new Preferences(language, theme, value, windowBounds, recentFiles, zoom, presentationHighContrast);
    }

    public Preferences withWindowBounds(WindowBounds value) {
        return new Preferences(language, theme, lastLesson, value, recentFiles, zoom, presentationHighContrast);
    }

    public Preferences withRecentFiles(List<Path> value) {
        return new Preferences(language, theme, lastLesson, windowBounds, value, zoom, presentationHighContrast);
    }

    public Preferences withZoom(double value) {
        return new Preferences(language, theme, lastLesson, windowBounds, recentFiles, value, presentationHighContrast);
    }

    public Preferences withPresentationHighContrast(boolean value) {
        return new Preferences(language, theme, lastLesson, windowBounds, recentFiles, zoom, value);
    }

    /** {@code file} moved to the front of the recent list, without duplicates. */
    public Preferences withRecentFile(Path file) {
        List<Path> updated = new ArrayList<>();
        Path normalized = file.toAbsolutePath().normalize();
        updated.add(normalized);
        recentFiles.stream().filter(p -> !p.equals(normalized)).forEach(updated::add);
        return withRecentFiles(updated);
    }
}
