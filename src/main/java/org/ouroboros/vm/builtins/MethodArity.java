package org.ouroboros.vm.builtins;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.ouroboros.vm.object.NativeMethod;
import org.ouroboros.vm.object.PyExc;

/**
 * How many arguments CPython 3.11's builtin methods accept and how it words a wrong count, read
 * from {@code method-arity.txt} (made by src/test/tools/make_arity_table.py from a real python3).
 * {@link TypeBuilder} guards the methods listed there, so a body never sees too few arguments.
 */
final class MethodArity {
    /** The wording of the TypeError, by the CPython argument parser that produces it. */
    private enum Style { NO_ARGS, ONE_ARG, CLINIC, PARSE_TUPLE }

    private record Rule(int min, int max, Style style) {}

    private static final Map<String, Rule> RULES = load();

    private MethodArity() {}

    /** {@code body} behind a count check when CPython's count for {@code type.name} is known. */
    static NativeMethod guard(String type, String name, NativeMethod body) {
        Rule rule = RULES.get(type + "." + name);
        if (rule == null) {
            return body;
        }
        return (self, args, kw) -> {
            int given = rule.style == Style.PARSE_TUPLE ? args.length : args.length - (kw == null ? 0 : kw.length);
            if (given < rule.min || given > rule.max) {
                throw PyExc.typeError(message(type, name, rule, given));
            }
            return body.call(self, args, kw);
        };
    }

    private static String message(String type, String name, Rule rule, int given) {
        boolean tooFew = given < rule.min;
        int bound = tooFew ? rule.min : rule.max;
        String arguments = bound + (bound == 1 ? " argument" : " arguments");
        return switch (rule.style) {
            case NO_ARGS -> type + "." + name + "() takes no arguments (" + given + " given)";
            case ONE_ARG -> type + "." + name + "() takes exactly one argument (" + given + " given)";
            case CLINIC -> name + " expected " + (rule.min == rule.max ? "" : tooFew ? "at least " : "at most ")
                    + arguments + ", got " + given;
            case PARSE_TUPLE -> name + "() takes " + (tooFew ? "at least " : "at most ") + arguments
                    + " (" + given + " given)";
        };
    }

    private static Map<String, Rule> load() {
        Map<String, Rule> rules = new HashMap<>();
        try (InputStream in = MethodArity.class.getResourceAsStream("method-arity.txt");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.trim().split(" ");
                if (f.length != 5) {
                    continue;
                }
                Style style = switch (f[4]) {
                    case "N" -> Style.NO_ARGS;
                    case "O" -> Style.ONE_ARG;
                    case "C" -> Style.CLINIC;
                    default -> Style.PARSE_TUPLE;
                };
                int max = f[3].equals("*") ? Integer.MAX_VALUE : Integer.parseInt(f[3]);
                rules.put(f[0] + "." + f[1], new Rule(Integer.parseInt(f[2]), max, style));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rules;
    }
}
