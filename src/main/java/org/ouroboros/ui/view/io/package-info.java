/**
 * The I/O-models view: {@link org.ouroboros.ui.view.io.IoView} runs
 * {@link org.ouroboros.aio.lab.IoModelsLab} (blocking, non-blocking, select, asynchronous against
 * the demo internet) on a worker and draws each model's threads as lanes on one time scale.
 */
package org.ouroboros.ui.view.io;
