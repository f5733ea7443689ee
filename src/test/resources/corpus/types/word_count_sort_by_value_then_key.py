text = """the quick brown fox jumps over the lazy dog
the dog barks and the fox runs quick"""
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in ranked[:5]:
    print(f"{word:<6}{n:>3}")
by_length = {}
for word in sorted(counts):
    by_length.setdefault(len(word), []).append(word)
print(by_length)
print(max(counts, key=counts.get), min(counts.values()), len(counts))
letters = {}
for ch in text.replace("\n", " ").replace(" ", ""):
    letters[ch] = letters.get(ch, 0) + 1
print(sorted(letters.items(), key=lambda kv: kv[1], reverse=True)[:3])
print([w for w, n in counts.items() if n == 1][:4])
