package org.ouroboros.vm.object;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code dict}: insertion ordered, keys compared with Python's {@code __hash__}/{@code __eq__}. */
public class PyDict extends PyObject {
    private final LinkedHashMap<PyObject, PyObject> map = new LinkedHashMap<>();

    public PyDict(PyType type) {
        super(type);
    }

    public PyDict() {
        this(Types.DICT);
    }

    public Map<PyObject, PyObject> map() {
        return map;
    }

    public PyObject get(PyObject key) {
        return map.get(key);
    }

    public PyObject get(String key) {
        return map.get(new PyStr(key));
    }

    public void put(PyObject key, PyObject value) {
        map.put(key, value);
    }

    public void put(String key, PyObject value) {
        map.put(new PyStr(key), value);
    }

    public PyObject remove(PyObject key) {
        return map.remove(key);
    }

    public int size() {
        return map.size();
    }
}
