# string for the Ouroboros VM: the character-class constants, capwords and Template.

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits", "hexdigits",
           "octdigits", "printable", "punctuation", "whitespace", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split the argument into words using split, capitalize each word using capitalize,
    and join the capitalized words using join."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


class Template:
    """A string class for supporting $-substitutions."""
    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _scan(self, mapping, safe):
        t = self.template
        out = []
        i = 0
        n = len(t)
        while i < n:
            c = t[i]
            if c != self.delimiter:
                out.append(c)
                i += 1
                continue
            if i + 1 < n and t[i + 1] == self.delimiter:
                out.append(self.delimiter)
                i += 2
                continue
            braced = i + 1 < n and t[i + 1] == '{'
            j = i + 2 if braced else i + 1
            k = j
            while k < n and (t[k].isalnum() or t[k] == '_') and t[k].isascii():
                k += 1
            name = t[j:k]
            valid = bool(name) and not name[0].isdigit() and (not braced or (k < n and t[k] == '}'))
            if not valid:
                if safe:
                    out.append(c)
                    i += 1
                    continue
                line = t[:i].count('\n') + 1
                col = i - (t.rfind('\n', 0, i) + 1) + 1
                raise ValueError(f'Invalid placeholder in string: line {line}, col {col}')
            end = k + 1 if braced else k
            if name in mapping:
                out.append(str(mapping[name]))
            elif safe:
                out.append(t[i:end])
            else:
                raise KeyError(name)
            i = end
        return ''.join(out)

    def substitute(self, mapping={}, /, **kws):
        return self._scan({**mapping, **kws}, False)

    def safe_substitute(self, mapping={}, /, **kws):
        return self._scan({**mapping, **kws}, True)


Template.__module__ = 'string'
