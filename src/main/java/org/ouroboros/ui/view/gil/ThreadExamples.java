package org.ouroboros.ui.view.gil;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The example programs the threads views load (resources next to this class, under
 * {@code examples/}): the seed's race, the two classic GIL demonstrations, the race variants of
 * the race view and the synchronisation pitfalls of the sync view.
 */
public enum ThreadExamples {
    SEED_RACE("seed_race.py", "example.seedRace"),
    CPU_BOUND("cpu_bound.py", "example.cpuBound"),
    CONVOY("convoy.py", "example.convoy"),
    RACE_SMALL("race_small.py", "example.raceSmall"),
    RACE_CALL("race_call.py", "example.raceCall"),
    RACE_LOCK("race_lock.py", "example.raceLock"),
    PRODUCER_CONSUMER("producer_consumer.py", "example.producerConsumer"),
    LOST_WAKEUP("lost_wakeup.py", "example.lostWakeup"),
    DOUBLE_ACQUIRE("double_acquire.py", "example.doubleAcquire"),
    PRIMITIVES("primitives.py", "example.primitives");

    /** The examples the GIL timeline offers. */
    public static final List<ThreadExamples> GIL = List.of(CPU_BOUND, CONVOY, SEED_RACE);
    /** The examples the race view offers. */
    public static final List<ThreadExamples> RACE = List.of(RACE_SMALL, RACE_CALL, RACE_LOCK, SEED_RACE);
    /** The examples the sync view offers. */
    public static final List<ThreadExamples> SYNC = List.of(PRODUCER_CONSUMER, LOST_WAKEUP, DOUBLE_ACQUIRE, PRIMITIVES);

    private final String file;
    private final String key;

    ThreadExamples(String file, String key) {
        this.file = file;
        this.key = key;
    }

    /** Bundle key of the example's name (in every threads view's bundle). */
    public String key() {
        return key;
    }

    public String fileName() {
        return file;
    }

    public String source() {
        try (InputStream in = ThreadExamples.class.getResourceAsStream("examples/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing example resource " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
