package org.ouroboros.ui.model;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;

/**
 * What the app model needs from the outside world.
 *
 * @param configDir      where preferences and the autosave live
 * @param systemLanguage the language to use when no preference exists yet
 * @param io             a single background thread for file writes (keeps writes ordered)
 * @param autosaveDelay  quiet time after the last edit before the editor text is autosaved
 */
public record AppEnvironment(Path configDir, Language systemLanguage, ScheduledExecutorService io, Duration autosaveDelay) {
    public static final Duration DEFAULT_AUTOSAVE_DELAY = Duration.ofMillis(1500);
}
