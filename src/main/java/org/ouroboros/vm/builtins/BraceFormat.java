package org.ouroboros.vm.builtins;

import org.ouroboros.vm.object.Attributes;
import org.ouroboros.vm.object.Ops;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyInt;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyStr;

/** {@code str.format}: {@code {}}, {@code {0}}, {@code {name}}, {@code {x.attr}}, {@code {x[0]}}, {@code !r}, {@code :spec}. */
final class BraceFormat {
    private BraceFormat() {}

    /** Looks a field up by name. */
    private interface Fields {
        PyObject byIndex(int i);

        PyObject byName(String name);
    }

    static String format(String template, PyObject[] args, String[] kw) {
        int npos = args.length - (kw == null ? 0 : kw.length);
        return render(template, new Fields() {
            @Override
            public PyObject byIndex(int i) {
                if (i >= npos) {
                    throw PyExc.indexError("Replacement index " + i + " out of range for positional args tuple");
                }
                return args[i];
            }

            @Override
            public PyObject byName(String name) {
                if (kw != null) {
                    for (int k = 0; k < kw.length; k++) {
                        if (kw[k].equals(name)) {
                            return args[npos + k];
                        }
                    }
                }
                throw PyExc.keyError(new PyStr(name));
            }
        });
    }

    static String formatMap(String template, PyObject mapping) {
        return render(template, new Fields() {
            @Override
            public PyObject byIndex(int i) {
                throw PyExc.valueError("Format string contains positional fields");
            }

            @Override
            public PyObject byName(String name) {
                return Ops.getItem(mapping, new PyStr(name));
            }
        });
    }

    /** Automatic field numbering is shared with the fields nested in format specs ({@code "{:{}}"}). */
    private static final class Numbering {
        int auto;
        boolean manual;
    }

    private static String render(String t, Fields fields) {
        return render(t, fields, new Numbering());
    }

    private static String render(String t, Fields fields, Numbering numbering) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '{') {
                if (i + 1 < t.length() && t.charAt(i + 1) == '{') {
                    out.append('{');
                    i++;
                    continue;
                }
                int depth = 1;
                int j = i + 1;
                while (j < t.length() && depth > 0) {
                    if (t.charAt(j) == '{') {
                        depth++;
                    } else if (t.charAt(j) == '}') {
                        depth--;
                    }
                    j++;
                }
                if (depth != 0) {
                    throw PyExc.valueError("expected '}' before end of string");
                }
                String field = t.substring(i + 1, j - 1);
                String spec = "";
                char conv = 0;
                int colon = indexOutsideBrackets(field, ':');
                if (colon >= 0) {
                    spec = field.substring(colon + 1);
                    field = field.substring(0, colon);
                }
                int bang = field.indexOf('!');
                if (bang >= 0) {
                    conv = field.charAt(bang + 1);
                    field = field.substring(0, bang);
                }
                int end = 0;
                while (end < field.length() && field.charAt(end) != '.' && field.charAt(end) != '[') {
                    end++;
                }
                String first = field.substring(0, end);
                PyObject v;
                if (first.isEmpty()) {
                    if (numbering.manual) {
                        throw PyExc.valueError("cannot switch from manual field specification to automatic field numbering");
                    }
                    v = fields.byIndex(numbering.auto++);
                } else if (first.chars().allMatch(Character::isDigit)) {
                    if (numbering.auto > 0) {
                        throw PyExc.valueError("cannot switch from automatic field numbering to manual field specification");
                    }
                    numbering.manual = true;
                    v = fields.byIndex(Integer.parseInt(first));
                } else {
                    v = fields.byName(first);
                }
                String rest = field.substring(end);
                while (!rest.isEmpty()) {
                    if (rest.charAt(0) == '.') {
                        int k = 1;
                        while (k < rest.length() && rest.charAt(k) != '.' && rest.charAt(k) != '[') {
                            k++;
                        }
                        v = Attributes.get(v, rest.substring(1, k));
                        rest = rest.substring(k);
                    } else {
                        int close = rest.indexOf(']');
                        String key = rest.substring(1, close);
                        v = Ops.getItem(v, key.chars().allMatch(Character::isDigit) && !key.isEmpty()
                                ? PyInt.of(Long.parseLong(key)) : new PyStr(key));
                        rest = rest.substring(close + 1);
                    }
                }
                if (conv == 'r') {
                    v = Ops.repr(v);
                } else if (conv == 's') {
                    v = Ops.str(v);
                } else if (conv == 'a') {
                    v = new PyStr(StrType.ascii(Ops.repr(v).value()));
                }
                if (spec.contains("{")) {
                    spec = render(spec, fields, numbering);
                }
                out.append(StrType.format(v, spec).value());
                i = j - 1;
            } else if (c == '}') {
                if (i + 1 < t.length() && t.charAt(i + 1) == '}') {
                    out.append('}');
                    i++;
                    continue;
                }
                throw PyExc.valueError("Single '}' encountered in format string");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int indexOutsideBrackets(String s, char target) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == target && depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
