package org.ouroboros.ui.view.gil;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ouroboros.ui.model.LessonPrograms;

/**
 * The example programs the threads views load (resources next to this class, under
 * {@code examples/}, and the seed's race from the lesson programs, where it is kept once): the
 * seed's race, the two classic GIL demonstrations, the race variants of the race view and the
 * synchronisation pitfalls of the sync view.
 */
public enum ThreadExamples {
    SEED_RACE(LessonPrograms.FOLDER + "ch5/ch5_10_race_plus_equals.py", "example.seedRace"),
    CPU_BOUND("examples/cpu_bound.py", "example.cpuBound"),
    CONVOY("examples/convoy.py", "example.convoy"),
    RACE_SMALL("examples/race_small.py", "example.raceSmall"),
    RACE_CALL("examples/race_call.py", "example.raceCall"),
    RACE_LOCK("examples/race_lock.py", "example.raceLock"),
    PRODUCER_CONSUMER("examples/producer_consumer.py", "example.producerConsumer"),
    LOST_WAKEUP("examples/lost_wakeup.py", "example.lostWakeup"),
    DOUBLE_ACQUIRE("examples/double_acquire.py", "example.doubleAcquire"),
    PRIMITIVES("examples/primitives.py", "example.primitives");

    /** The examples the GIL timeline offers. */
    public static final List<ThreadExamples> GIL = List.of(CPU_BOUND, CONVOY, SEED_RACE);
    /** The examples the race view offers. */
    public static final List<ThreadExamples> RACE = List.of(RACE_SMALL, RACE_CALL, RACE_LOCK, SEED_RACE);
    /** The examples the sync view offers. */
    public static final List<ThreadExamples> SYNC = List.of(PRODUCER_CONSUMER, LOST_WAKEUP, DOUBLE_ACQUIRE, PRIMITIVES);

    /** The program's resource: relative to this class, or absolute. */
    private final String resource;
    private final String key;

    ThreadExamples(String resource, String key) {
        this.resource = resource;
        this.key = key;
    }

    /** Bundle key of the example's name (in every threads view's bundle). */
    public String key() {
        return key;
    }

    public String fileName() {
        return resource.substring(resource.lastIndexOf('/') + 1);
    }

    public String source() {
        try (InputStream in = ThreadExamples.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing example resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
