/**
 * The C10K lab view: {@link org.ouroboros.ui.view.c10k.C10kView} drives
 * {@link org.ouroboros.aio.lab.C10kLab} and plots its samples with JavaFX charts, batched by
 * {@link org.ouroboros.ui.view.c10k.SampleMailbox} and redrawn at most twice a second, with a
 * frame counter ({@link org.ouroboros.ui.view.c10k.FpsProbe}) and plain-words limit messages.
 */
package org.ouroboros.ui.view.c10k;
