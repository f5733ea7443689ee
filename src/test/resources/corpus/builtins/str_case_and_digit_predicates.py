# istitle/isupper/islower follow cased characters; isdecimal ⊂ isdigit ⊂ isnumeric.
for s in ["Ab Cd", "ab", "A1", "AB", "Hello World!", "", "1", "Ǆa", "ÉtÉ", "Hello world", "O'Neil", "ΑΒΓ"]:
    print(f"{s!r:16}", "istitle", s.istitle(), "isupper", s.isupper(), "islower", s.islower())
for s in ["123", "²", "½", "①", "٣", "Ⅻ", "1.5", "", "12a", "-1", "७"]:
    print(f"{s!r:8}", "isdecimal", s.isdecimal(), "isdigit", s.isdigit(), "isnumeric", s.isnumeric())
