# keyword (kwlist, iskeyword, soft keywords) and gc's switches (collect finds nothing in a simple program)
import keyword, gc
print(keyword.iskeyword("class"), keyword.iskeyword("print"), keyword.issoftkeyword("match"), len(keyword.kwlist), keyword.kwlist[:5])
words = "for while print match lambda self".split()
print([w for w in words if keyword.iskeyword(w)])
print(gc.isenabled(), gc.get_threshold(), gc.collect())
gc.disable(); print(gc.isenabled()); gc.enable(); print(gc.isenabled())
gc.set_threshold(1000); print(gc.get_threshold())
print(gc.is_tracked(1), gc.is_tracked([]), gc.is_tracked("s"))
