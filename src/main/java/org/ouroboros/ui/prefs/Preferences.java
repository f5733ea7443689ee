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
 * @param lastStep                 the step of that lesson open at exit, from 1
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
        boolean presentationHighContrast,
        int lastStep) {

    public static final int MAX_RECENT_FILES = 8;

    public Preferences {
        recentFiles = List.copyOf(recentFiles.subList(0, Math.min(recentFiles.size(), MAX_RECENT_FILES)));
        zoom = Zoom.clamp(zoom);
        lastLesson = lastLesson == null ? "" : lastLesson;
        lastStep = Math.max(1, lastStep);
    }

    /** Preferences at a lesson's first step. */
    public Preferences(Language language, ThemeChoice theme, String lastLesson, WindowBounds windowBounds,
            List<Path> recentFiles, double zoom, boolean presentationHighContrast) {
        this(language, theme, lastLesson, windowBounds, recentFiles, zoom, presentationHighContrast, 1);
    }

    /** Defaults for a first start on a machine whose locale is {@code systemLanguage}. */
    public static Preferences defaults(Language systemLanguage) {
        return new Preferences(systemLanguage, ThemeChoice.LIGHT, "", WindowBounds.DEFAULT, List.of(), Zoom.DEFAULT, true);
    }

    public Preferences withLanguage(Language value) {
        return new Preferences(value, theme, lastLesson, windowBounds, recentFiles, zoom, presentationHighContrast, lastStep);
    }

    public Preferences withTheme(ThemeChoice value) {
        return new Preferences(language, value, lastLesson, windowBounds, recentFiles, zoom, presentationHighContrast, lastStep);
    }

    /** A new lesson starts at its first step. */
    public Preferences withLastLesson(String value) {
        return new Preferences(language, theme, value, windowBounds, recentFiles, zoom, presentationHighContrast, 1);
    }

    public Preferences withLastStep(int value) {
        return new Preferences(language, theme, lastLesson, windowBounds, recentFiles, zoom, presentationHighContrast, value);
    }

    public Preferences withWindowBounds(WindowBounds value) {
        return new Preferences(language, theme, lastLesson, value, recentFiles, zoom, presentationHighContrast, lastStep);
    }

    public Preferences withRecentFiles(List<Path> value) {
        return new Preferences(language, theme, lastLesson, windowBounds, value, zoom, presentationHighContrast, lastStep);
    }

    public Preferences withZoom(double value) {
        return new Preferences(language, theme, lastLesson, windowBounds, recentFiles, value, presentationHighContrast, lastStep);
    }

    public Preferences withPresentationHighContrast(boolean value) {
        return new Preferences(language, theme, lastLesson, windowBounds, recentFiles, zoom, value, lastStep);
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
