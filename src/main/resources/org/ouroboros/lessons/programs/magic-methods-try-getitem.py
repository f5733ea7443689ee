# 练习 / Try it: __getitem__ alone makes a sequence (chapter 2)
class Deck:
    def __init__(self, cards):
        self.cards = cards

    def __getitem__(self, item):
        return self.cards[item]


deck = Deck(['A', 'K', 'Q'])
print(deck[0])
print(deck[-2:])
for card in deck:
    print(card)
print('K' in deck)
