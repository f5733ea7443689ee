import io
for m in ['getvalue','read','write','tell','seek','readline','flush','isatty','readable','truncate','__iter__','__next__', '__enter__']:
  for cls in (io.StringIO, io.BytesIO):
    s=cls(); s.close()
    try:
        a = ('x' if cls is io.StringIO else b'x',) if m=='write' else (0,) if m=='seek' else ()
        getattr(s,m)(*a); print(m,'ok')
    except ValueError as e: print(cls.__name__, m, e)
