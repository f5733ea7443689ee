package org.ouroboros.vm.object;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ouroboros.trace.MroEvent;

/** C3 as CPython's mro_implementation, on hand-built classes and on 600 random hierarchies. */
class C3MergeTest {
    private static PyType cls(String name, PyType... bases) {
        return PyType.heap(Types.TYPE, name, bases, Map.of());
    }

    private static List<String> names(PyType[] mro) {
        List<String> out = new ArrayList<>();
        for (PyType t : mro) {
            out.add(t.name());
        }
        return out;
    }

    @Test
    void objectAndTypeFormTheLoop() {
        assertSame(Types.TYPE, Types.OBJECT.type());
        assertSame(Types.TYPE, Types.TYPE.type());
        assertEquals(List.of("type", "object"), names(Types.TYPE.mro()));
        assertEquals(0, Types.OBJECT.bases().length);
    }

    @Test
    void diamondFromSeed() {
        PyType a = cls("A");
        PyType b = cls("B");
        PyType c = cls("C", b);
        PyType d = cls("D", b, a);
        PyType e = cls("E", c, d);
        assertEquals(List.of("E", "C", "D", "B", "A", "object"), names(e.mro()));
    }

    @Test
    void inconsistentOrderGivesCPythonsTwoLineMessage() {
        PyType a = cls("A");
        PyType b = cls("B", a);
        PyException ex = assertThrows(PyException.class, () -> cls("C", a, b));
        assertEquals("TypeError: Cannot create a consistent method resolution\norder (MRO) for bases A, B", ex.getMessage());
    }

    @Test
    void duplicateBaseIsRejected() {
        PyType a = cls("A");
        PyException ex = assertThrows(PyException.class, () -> cls("C", a, a));
        assertEquals("TypeError: duplicate base class A", ex.getMessage());
    }

    @Test
    void everyMergeStepIsRecorded() {
        PyType a = cls("A");
        PyType b = cls("B");
        PyType c = cls("C", b);
        PyType d = cls("D", b, a);
        PyType e = PyType.heap(Types.TYPE, "E", new PyType[] {c, d}, Map.of());
        List<MroEvent> steps = new ArrayList<>();
        e.setBases(new PyType[] {c, d});
        Mro.compute(e, steps::add);
        MroEvent.MergeStarted start = (MroEvent.MergeStarted) steps.get(0);
        assertEquals(List.of(List.of("C", "B", "object"), List.of("D", "B", "A", "object"), List.of("C", "D")),
                start.lists());
        assertTrue(steps.contains(new MroEvent.CandidateRejected("E", "B", 0, 1,
                List.of(List.of("B", "object"), List.of("D", "B", "A", "object"), List.of("D")))));
        assertEquals(new MroEvent.MergeFinished("E", List.of("E", "C", "D", "B", "A", "object")),
                steps.get(steps.size() - 1));
    }

    @Test
    void randomHierarchiesMatchCPython() throws IOException {
        JsonNode cases = new ObjectMapper().readTree(Path.of("src/test/resources/mro/random_hierarchies.json").toFile());
        int checked = 0;
        for (JsonNode c : cases) {
            Map<String, PyType> made = new HashMap<>();
            String error = null;
            for (JsonNode def : c.get("classes")) {
                String name = def.get(0).asText();
                List<PyType> bases = new ArrayList<>();
                for (JsonNode b : def.get(1)) {
                    bases.add(b.asText().equals("object") ? Types.OBJECT : made.get(b.asText()));
                }
                try {
                    made.put(name, cls(name, bases.toArray(new PyType[0])));
                } catch (PyException ex) {
                    error = ((PyStr) ex.value().args().get(0)).value();
                    break;
                }
            }
            assertEquals(c.has("error") ? c.get("error").asText() : null, error, c.toString());
            var mros = c.get("mros").fields();
            while (mros.hasNext()) {
                var entry = mros.next();
                List<String> expected = new ArrayList<>();
                entry.getValue().forEach(n -> expected.add(n.asText()));
                assertEquals(expected, names(made.get(entry.getKey()).mro()), c.toString());
                checked++;
            }
        }
        assertTrue(cases.size() >= 500 && checked > 2000, "checked " + checked);
    }
}
