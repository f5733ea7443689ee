package org.ouroboros.vm.builtins;

import static org.ouroboros.vm.object.PyConstants.NONE;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;
import org.ouroboros.vm.object.Ops;
import org.ouroboros.vm.object.PyBaseException;
import org.ouroboros.vm.object.PyBytes;
import org.ouroboros.vm.object.PyException;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyInt;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyStr;

/**
 * The builtin {@code open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None)}
 * for local files: text and binary, read/write/append/exclusive-create, with or without
 * {@code +}, and CPython's argument checks and OSError texts
 * ({@code [Errno 2] No such file or directory: 'x.txt'}).
 */
final class OpenFunction {
    private OpenFunction() {}

    static PyObject open(PyObject[] args, String[] kw) {
        Args a = Args.parse("open", args, kw, 1, "file", "mode", "buffering", "encoding", "errors", "newline", "closefd",
                "opener");
        PyObject fileArg = a.get(0);
        String name;
        if (fileArg instanceof PyStr s) {
            name = s.value();
        } else if (fileArg instanceof PyBytes b) {
            name = new String(b.value(), java.nio.charset.StandardCharsets.UTF_8);
        } else {
            throw PyExc.typeError("expected str, bytes or os.PathLike object, not " + fileArg.type().name());
        }
        PyObject modeArg = a.get(1, new PyStr("r"));
        if (!(modeArg instanceof PyStr modeStr)) {
            throw PyExc.typeError("open() argument 'mode' must be str, not " + modeArg.type().name());
        }
        OpenMode mode = OpenMode.parse(modeStr.value());
        PyObject enc = a.get(3, NONE);
        PyObject errors = a.get(4, NONE);
        PyObject newline = a.get(5, NONE);
        long buffering = a.get(2, NONE) == NONE ? -1 : Ops.index(a.get(2));
        if (mode.binary()) {
            if (enc != NONE) {
                throw PyExc.valueError("binary mode doesn't take an encoding argument");
            }
            if (errors != NONE) {
                throw PyExc.valueError("binary mode doesn't take an errors argument");
            }
            if (newline != NONE) {
                throw PyExc.valueError("binary mode doesn't take a newline argument");
            }
        } else if (buffering == 0) {
            throw PyExc.valueError("can't have unbuffered text I/O");
        }
        TextLayer.Settings text = null;
        if (!mode.binary()) {
            String encoding = enc == NONE ? "UTF-8" : Ops.str(enc).value();
            Charset charset = charset(encoding);
            String nl = newline == NONE ? null : Ops.str(newline).value();
            if (nl != null && !(nl.isEmpty() || nl.equals("\n") || nl.equals("\r") || nl.equals("\r\n"))) {
                throw PyExc.valueError("illegal newline value: " + nl);
            }
            String errorHandler = errors == NONE ? "strict" : Ops.str(errors).value();
            text = new TextLayer.Settings(charset, encoding, errorHandler, nl);
        }
        PyFile.Kind kind = !mode.binary() ? PyFile.Kind.TEXT
                : mode.updating() ? PyFile.Kind.RANDOM : mode.reading() ? PyFile.Kind.READER : PyFile.Kind.WRITER;
        Path path = Path.of(name);
        try {
            if (Files.isDirectory(path)) {
                throw osError("IsADirectoryError", 21, "Is a directory", fileArg);
            }
            FileChannel channel = FileChannel.open(path, options(mode));
            return new PyFile(switch (kind) {
                case TEXT -> FileTypes.TEXT;
                case READER -> FileTypes.READER;
                case WRITER -> FileTypes.WRITER;
                case RANDOM -> FileTypes.RANDOM;
            }, kind, fileArg, mode, channel, text);
        } catch (NoSuchFileException e) {
            throw osError("FileNotFoundError", 2, "No such file or directory", fileArg);
        } catch (AccessDeniedException e) {
            throw osError("PermissionError", 13, "Permission denied", fileArg);
        } catch (FileAlreadyExistsException e) {
            throw osError("FileExistsError", 17, "File exists", fileArg);
        } catch (IOException e) {
            throw PyFile.osError(e);
        }
    }

    /** Python's codec names (latin-1, utf8, utf_16, …) to Java charsets; utf-16 decodes either byte order. */
    private static Charset charset(String encoding) {
        String key = encoding.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        String java = switch (key) {
            case "utf8", "u8", "utf", "cp65001" -> "UTF-8";
            case "latin-1", "latin1", "l1", "iso8859-1", "8859", "cp819", "latin" -> "ISO-8859-1";
            case "ascii", "us-ascii", "646" -> "US-ASCII";
            case "utf-16", "utf16" -> "UTF-16";
            default -> key;
        };
        try {
            return Charset.forName(java);
        } catch (IllegalArgumentException e) {
            throw PyExc.raise(PyExc.LOOKUP_ERROR, "unknown encoding: " + encoding);
        }
    }

    private static OpenOption[] options(OpenMode mode) {
        Set<OpenOption> options = new HashSet<>();
        if (mode.readable()) {
            options.add(StandardOpenOption.READ);
        }
        if (mode.writable()) {
            options.add(StandardOpenOption.WRITE);
        }
        if (mode.writing()) {
            options.add(StandardOpenOption.CREATE);
            options.add(StandardOpenOption.TRUNCATE_EXISTING);
        } else if (mode.appending()) {
            options.add(StandardOpenOption.CREATE);
        } else if (mode.creating()) {
            options.add(StandardOpenOption.CREATE_NEW);
        }
        return options.toArray(new OpenOption[0]);
    }

    /** OSError(errno, strerror) with its filename, as CPython raises it: str() is "[Errno n] text: 'name'". */
    private static PyException osError(String type, int errno, String strerror, PyObject filename) {
        PyBaseException e = PyExc.instance(PyExc.all().get(type), PyInt.of(errno), new PyStr(strerror));
        e.dict().put("filename", filename);
        return new PyException(e);
    }
}
