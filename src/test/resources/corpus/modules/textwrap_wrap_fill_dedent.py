# textwrap: greedy wrap/fill with indents, hyphen breaks, long words, max_lines/shorten, dedent, indent
import textwrap
text = ("The quick brown fox jumps over the lazy dog. Python's well-known standard library ships "
        "textwrap, a small module for formatting paragraphs; supercalifragilisticexpialidocious words get broken.")
for width in (10, 20, 33, 50):
    print(width, textwrap.wrap(text, width=width))
print(textwrap.fill(text, width=40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(text, width=40), "|", textwrap.shorten("Hello  world!", width=12), "|", textwrap.shorten("Hello world", 11))
print(textwrap.wrap("a\tb\nc  d", width=5), textwrap.wrap("", 5), textwrap.wrap("   ", 5), textwrap.wrap("abcdefghij", 4))
print(textwrap.wrap("word " * 5, width=9, max_lines=2), textwrap.wrap("a-b-c-d-e-f long-hyphenated-compound", 7))
print(textwrap.wrap("no breaking here please", width=6, break_long_words=False), textwrap.wrap("x" * 12, 5, break_on_hyphens=False))
code = """
    def f():
        return 1

    print(f())
"""
print(repr(textwrap.dedent(code)))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("    x\n      y\n  \n    z")))
print(textwrap.indent("line1\nline2\n\nline3", "> "), repr(textwrap.indent("a\n\nb", "+", lambda l: True)))
w = textwrap.TextWrapper(width=15, drop_whitespace=False)
print(w.wrap("spaces   kept   here ok"))
