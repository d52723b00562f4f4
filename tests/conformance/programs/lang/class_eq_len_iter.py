class Card:
    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit

    def __eq__(self, other):
        if not isinstance(other, Card):
            return NotImplemented
        return (self.rank, self.suit) == (other.rank, other.suit)

    def __repr__(self):
        return f"{self.rank}{self.suit}"


class Deck:
    def __init__(self):
        self.cards = [Card(r, s) for s in "SH" for r in ["A", "K", "Q"]]

    def __len__(self):
        return len(self.cards)

    def __iter__(self):
        return iter(self.cards)

    def __contains__(self, card):
        return card in self.cards

    def __getitem__(self, index):
        return self.cards[index]


deck = Deck()
print(len(deck), list(deck))
print(Card("A", "S") == Card("A", "S"), Card("A", "S") != Card("K", "S"), Card("A", "S") == "AS")
print(Card("Q", "H") in deck, Card("J", "H") in deck)
print(deck[0], deck[-1], deck[1:3])
for card in deck:
    if card.suit == "H":
        print("heart", card)
print(bool(deck), sorted(deck, key=lambda c: c.rank))


class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


print(list(Countdown(3)), sum(Countdown(4)))


class Empty:
    def __len__(self):
        return 0


print(bool(Empty()), len(Empty()))
