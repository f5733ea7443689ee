package org.ouroboros.vm.code;

import org.ouroboros.vm.interp.PyCode;
import org.ouroboros.vm.object.Ops;
import org.ouroboros.vm.object.PyObject;

/**
 * A {@code dis}-style listing in CPython 3.11's layout. Offsets are printed as 2 × the
 * instruction index (CPython's 2-byte code units, without its CACHE entries), so a jump's
 * "(to N)" names the printed offset of its target.
 */
public final class Disassembler {
    private Disassembler() {}

    private static final String[] CMP = {"<", "<=", "==", "!=", ">", ">="};

    public static String disassemble(CodeObject code) {
        StringBuilder sb = new StringBuilder();
        listing(code, sb);
        for (Object c : code.consts()) {
            if (c instanceof PyCode pc) {
                sb.append("\nDisassembly of ").append(codeRepr(pc)).append(":\n");
                sb.append(disassemble(pc.code()));
            }
        }
        return sb.toString();
    }

    private static void listing(CodeObject code, StringBuilder sb) {
        Instruction[] ins = code.instructions();
        boolean[] targets = new boolean[ins.length + 1];
        for (Instruction in : ins) {
            if (in.opcode().isJump() && in.arg() >= 0 && in.arg() <= ins.length) {
                targets[in.arg()] = true;
            }
        }
        for (ExceptionTableEntry e : code.exceptionTable()) {
            targets[e.target()] = true;
        }
        int lastLine = -1;
        for (int i = 0; i < ins.length; i++) {
            Instruction in = ins[i];
            // a module's RESUME is on line 0, which CPython's dis shows
            boolean newLine = in.line() != lastLine && (in.line() > 0 || i == 0 && in.line() == 0);
            if (newLine && i > 0) {
                sb.append('\n');
            }
            sb.append(newLine ? String.format("%3d", in.line()) : "   ");
            if (newLine) {
                lastLine = in.line();
            }
            sb.append("     ").append(targets[i] ? ">>" : "  ");
            sb.append(String.format("%5d", 2 * i)).append(' ');
            String name = in.opcode().name();
            if (in.opcode().hasArg()) {
                sb.append(String.format("%-20s %5d", name, in.arg()));
                String rep = argRepr(code, in);
                if (!rep.isEmpty()) {
                    sb.append(" (").append(rep).append(')');
                }
            } else {
                sb.append(name);
            }
            sb.append('\n');
        }
        if (!code.exceptionTable().isEmpty()) {
            sb.append("ExceptionTable:\n");
            for (ExceptionTableEntry e : code.exceptionTable()) {
                sb.append("  ").append(2 * e.start()).append(" to ").append(2 * (e.end() - 1)).append(" -> ")
                        .append(2 * e.target()).append(" [").append(e.depth()).append(']')
                        .append(e.lasti() ? " lasti" : "").append('\n');
            }
        }
    }

    /** The parenthesised explanation dis prints after an argument. */
    public static String argRepr(CodeObject code, Instruction in) {
        int a = in.arg();
        try {
            return switch (in.opcode()) {
                case LOAD_CONST -> constRepr(code.consts()[a]);
                case LOAD_NAME, STORE_NAME, DELETE_NAME, LOAD_ATTR, STORE_ATTR, DELETE_ATTR, LOAD_METHOD,
                        STORE_GLOBAL, DELETE_GLOBAL, IMPORT_NAME, IMPORT_FROM -> code.names()[a];
                case LOAD_GLOBAL -> ((a & 1) != 0 ? "NULL + " : "") + code.names()[a >> 1];
                case LOAD_FAST, STORE_FAST, DELETE_FAST -> code.varnames()[a];
                case LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_CLOSURE, LOAD_CLASSDEREF, MAKE_CELL -> cellName(code, a);
                case COMPARE_OP -> CMP[a];
                case BINARY_OP -> Ops.NB_SYMBOLS[a];
                case MAKE_FUNCTION -> functionFlags(a);
                case FORMAT_VALUE -> formatFlags(a);
                case JUMP_FORWARD, JUMP_BACKWARD, JUMP_BACKWARD_NO_INTERRUPT, POP_JUMP_FORWARD_IF_FALSE,
                        POP_JUMP_FORWARD_IF_TRUE, POP_JUMP_FORWARD_IF_NONE, POP_JUMP_FORWARD_IF_NOT_NONE,
                        POP_JUMP_BACKWARD_IF_FALSE, POP_JUMP_BACKWARD_IF_TRUE, POP_JUMP_BACKWARD_IF_NONE,
                        POP_JUMP_BACKWARD_IF_NOT_NONE, JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP, FOR_ITER, SEND ->
                        "to " + 2 * a;
                default -> "";
            };
        } catch (RuntimeException e) {
            return "?";
        }
    }

    private static String cellName(CodeObject code, int i) {
        return i < code.cellvars().length ? code.cellvars()[i] : code.freevars()[i - code.cellvars().length];
    }

    private static String constRepr(Object c) {
        if (c instanceof PyCode pc) {
            return codeRepr(pc);
        }
        if (c instanceof String[] names) {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < names.length; i++) {
                sb.append(i > 0 ? ", " : "").append('\'').append(names[i]).append('\'');
            }
            return sb.append(names.length == 1 ? ",)" : ")").toString();
        }
        return Ops.repr((PyObject) c).value();
    }

    private static String codeRepr(PyCode pc) {
        CodeObject c = pc.code();
        return "<code object " + c.name() + " at " + Ops.address(pc) + ", file \"" + c.filename() + "\", line "
                + c.firstlineno() + ">";
    }

    private static String functionFlags(int a) {
        StringBuilder sb = new StringBuilder();
        String[] names = {"defaults", "kwdefaults", "annotations", "closure"};
        for (int i = 0; i < 4; i++) {
            if ((a & (1 << i)) != 0) {
                sb.append(sb.length() > 0 ? ", " : "").append(names[i]);
            }
        }
        return sb.toString();
    }

    private static String formatFlags(int a) {
        String conv = switch (a & 3) {
            case 1 -> "str";
            case 2 -> "repr";
            case 3 -> "ascii";
            default -> "";
        };
        if ((a & 4) != 0) {
            return conv.isEmpty() ? "with format" : conv + ", with format";
        }
        return conv;
    }
}
