package org.ouroboros.vm.builtins;

import static org.ouroboros.vm.object.PyConstants.NONE;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.ouroboros.vm.object.Ops;
import org.ouroboros.vm.object.PyBaseException;
import org.ouroboros.vm.object.PyBool;
import org.ouroboros.vm.object.PyException;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyInt;
import org.ouroboros.vm.object.PyList;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.object.PyType;
import org.ouroboros.vm.object.Types;

/**
 * {@code open()} for local text files and the {@code _io.TextIOWrapper} it returns: modes r, w, a,
 * x (with an optional t), an encoding (UTF-8 by default), read/readline/readlines/iteration,
 * write/writelines, close and the with-statement. Reading takes the whole file at open and applies
 * universal newlines as CPython's text mode does; writes go straight to the file. Errors carry
 * CPython's texts ({@code [Errno 2] No such file or directory: 'x.txt'}).
 */
final class TextFileType {
    private TextFileType() {}

    static final PyType TYPE = PyType.builtin("TextIOWrapper", Types.OBJECT, null);
    /** {@code io.UnsupportedOperation} (CPython's also derives from ValueError). */
    static final PyType UNSUPPORTED = PyType.builtin("UnsupportedOperation", PyExc.OS_ERROR, null);

    /** An open text file. */
    static final class PyTextFile extends PyObject {
        final String name;
        final String mode;
        final String encoding;
        final boolean readable;
        /** The file's text after newline translation, and the read position in it (read modes). */
        private String text = "";
        private int pos;
        private Writer writer;
        boolean closed;

        PyTextFile(String name, String mode, String encoding, boolean readable) {
            super(TYPE);
            this.name = name;
            this.mode = mode;
            this.encoding = encoding;
            this.readable = readable;
        }

        private void checkOpen() {
            if (closed) {
                throw PyExc.valueError("I/O operation on closed file.");
            }
        }

        String read(int size) {
            checkReadable();
            int end = size < 0 ? text.length() : Math.min(text.length(), pos + size);
            String s = text.substring(pos, end);
            pos = end;
            return s;
        }

        String readline(int size) {
            checkReadable();
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl + 1;
            if (size >= 0) {
                end = Math.min(end, pos + size);
            }
            String s = text.substring(pos, end);
            pos = end;
            return s;
        }

        private void checkReadable() {
            checkOpen();
            if (!readable) {
                throw new PyException(PyExc.instance(UNSUPPORTED, new PyStr("not readable")));
            }
        }

        int write(String s) {
            checkOpen();
            if (writer == null) {
                throw new PyException(PyExc.instance(UNSUPPORTED, new PyStr("not writable")));
            }
            try {
                writer.write(s);
                writer.flush();
            } catch (IOException e) {
                throw PyExc.raise(PyExc.OS_ERROR, String.valueOf(e.getMessage()));
            }
            return s.length();
        }

        void close() {
            if (closed) {
                return;
            }
            closed = true;
            if (writer != null) {
                try {
                    writer.close();
                } catch (IOException e) {
                    throw PyExc.raise(PyExc.OS_ERROR, String.valueOf(e.getMessage()));
                }
            }
        }
    }

    static void install() {
        new TypeBuilder(TYPE)
                .constant("__module__", new PyStr("_io"))
                .method("read", (self, args, kw) -> new PyStr(file(self).read(size(Args.parse("read", args, kw, 0,
                        "size", "/")))))
                .method("readline", (self, args, kw) -> new PyStr(file(self).readline(size(Args.parse("readline", args,
                        kw, 0, "size", "/")))))
                .method0("readlines", self -> {
                    List<PyObject> lines = new ArrayList<>();
                    for (String line = file(self).readline(-1); !line.isEmpty(); line = file(self).readline(-1)) {
                        lines.add(new PyStr(line));
                    }
                    return new PyList(lines);
                })
                .method1("write", (self, s) -> {
                    if (!(s instanceof PyStr str)) {
                        throw PyExc.typeError("write() argument must be str, not " + s.type().name());
                    }
                    return PyInt.of(file(self).write(str.value()));
                })
                .method1("writelines", (self, lines) -> {
                    for (PyObject line : Ops.iterable(lines)) {
                        if (!(line instanceof PyStr str)) {
                            throw PyExc.typeError("write() argument must be str, not " + line.type().name());
                        }
                        file(self).write(str.value());
                    }
                    return NONE;
                })
                .method0("close", self -> {
                    file(self).close();
                    return NONE;
                })
                .method0("flush", self -> {
                    file(self).checkOpen();
                    return NONE;
                })
                .method0("readable", self -> {
                    file(self).checkOpen();
                    return PyBool.of(file(self).readable);
                })
                .method0("writable", self -> {
                    file(self).checkOpen();
                    return PyBool.of(file(self).writer != null);
                })
                .method0("__enter__", self -> {
                    file(self).checkOpen();
                    return self;
                })
                .method("__exit__", (self, args, kw) -> {
                    file(self).close();
                    return NONE;
                })
                .method0("__iter__", self -> {
                    file(self).checkOpen();
                    return self;
                })
                .method0("__next__", self -> {
                    String line = file(self).readline(-1);
                    if (line.isEmpty()) {
                        throw new PyException(PyExc.instance(PyExc.STOP_ITERATION));
                    }
                    return new PyStr(line);
                })
                .method0("__repr__", self -> new PyStr("<_io.TextIOWrapper name=" + Ops.repr(new PyStr(file(self).name)).value()
                        + " mode=" + Ops.repr(new PyStr(file(self).mode)).value() + " encoding="
                        + Ops.repr(new PyStr(file(self).encoding)).value() + ">"))
                .getter("closed", self -> PyBool.of(file(self).closed))
                .getter("name", self -> new PyStr(file(self).name))
                .getter("mode", self -> new PyStr(file(self).mode))
                .getter("encoding", self -> new PyStr(file(self).encoding));
        new TypeBuilder(UNSUPPORTED).constant("__module__", new PyStr("io"));
    }

    private static PyTextFile file(PyObject self) {
        return (PyTextFile) self;
    }

    private static int size(Args a) {
        PyObject v = a.get(0, NONE);
        return v == NONE ? -1 : (int) Ops.index(v);
    }

    /** {@code open(file, mode='r', buffering=-1, encoding=None, ...)}. */
    static PyObject open(PyObject[] args, String[] kw) {
        Args a = Args.parse("open", args, kw, 1, "file", "mode", "buffering", "encoding", "errors", "newline", "closefd",
                "opener");
        PyObject fileArg = a.get(0);
        if (!(fileArg instanceof PyStr nameStr)) {
            throw PyExc.typeError("expected str, bytes or os.PathLike object, not " + fileArg.type().name());
        }
        String name = nameStr.value();
        String mode = a.get(1, new PyStr("r")) instanceof PyStr m ? m.value() : "r";
        String kind = modeKind(mode);
        PyObject enc = a.get(3, NONE);
        String encoding = enc == NONE ? "UTF-8" : Ops.str(enc).value();
        Charset charset;
        try {
            charset = Charset.forName(encoding);
        } catch (IllegalArgumentException e) {
            throw PyExc.raise(PyExc.LOOKUP_ERROR, "unknown encoding: " + encoding);
        }
        Path path = Path.of(name);
        PyTextFile f = new PyTextFile(name, mode, encoding, kind.equals("r"));
        try {
            if (Files.isDirectory(path)) {
                throw osError("IsADirectoryError", 21, "Is a directory", name);
            }
            if (kind.equals("r")) {
                CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
                String raw = decoder.decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path))).toString();
                f.text = raw.replace("\r\n", "\n").replace('\r', '\n');
            } else {
                StandardOpenOption[] options = switch (kind) {
                    case "w" -> new StandardOpenOption[] {StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                        StandardOpenOption.WRITE};
                    case "a" -> new StandardOpenOption[] {StandardOpenOption.CREATE, StandardOpenOption.APPEND};
                    default -> new StandardOpenOption[] {StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE};
                };
                f.writer = new OutputStreamWriter(Files.newOutputStream(path, options), charset);
            }
        } catch (NoSuchFileException e) {
            throw osError("FileNotFoundError", 2, "No such file or directory", name);
        } catch (AccessDeniedException e) {
            throw osError("PermissionError", 13, "Permission denied", name);
        } catch (FileAlreadyExistsException e) {
            throw osError("FileExistsError", 17, "File exists", name);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw PyExc.raise(PyExc.all().get("UnicodeDecodeError"), "'" + encoding.toLowerCase()
                    + "' codec can't decode the file " + Ops.repr(new PyStr(name)).value());
        } catch (IOException e) {
            throw PyExc.raise(PyExc.OS_ERROR, String.valueOf(e.getMessage()));
        }
        return f;
    }

    /** The one of r/w/a/x in {@code mode}, checked with CPython's messages (_io.open's mode parsing). */
    private static String modeKind(String mode) {
        String seen = "";
        for (char c : mode.toCharArray()) {
            if ("rwaxbt+".indexOf(c) < 0 || seen.indexOf(c) >= 0) {
                throw PyExc.valueError("invalid mode: '" + mode + "'");
            }
            seen += c;
        }
        String kinds = seen.replaceAll("[bt+]", "");
        if (kinds.length() != 1) {
            throw PyExc.valueError("must have exactly one of create/read/write/append mode");
        }
        if (seen.contains("t") && seen.contains("b")) {
            throw PyExc.valueError("can't have text and binary mode at once");
        }
        if (seen.contains("b") || seen.contains("+")) {
            throw PyExc.valueError("binary and update modes ('" + mode + "') are not supported by this VM");
        }
        return kinds;
    }

    /** OSError(errno, strerror) with its filename, as CPython raises it: str() is "[Errno n] text: 'name'". */
    private static PyException osError(String type, int errno, String strerror, String filename) {
        PyBaseException e = PyExc.instance(PyExc.all().get(type), PyInt.of(errno), new PyStr(strerror));
        e.dict().put("filename", new PyStr(filename));
        return new PyException(e);
    }
}
