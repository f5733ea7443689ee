/**
 * The threads lesson's wiring: {@link org.ouroboros.ui.view.threads.ThreadsIntegration} adds the
 * GIL, race and sync tabs through {@code LessonTabs}, and
 * {@link org.ouroboros.ui.view.threads.ThreadsRunSettings} is the lesson's VM configurer
 * (scheduler settings, trace level, and a filter that keeps scheduler events, output and calls
 * but not every line, so a million-iteration loop fits the trace cap).
 */
package org.ouroboros.ui.view.threads;
