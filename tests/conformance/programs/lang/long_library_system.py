class LibraryError(Exception):
    pass


class NotAvailable(LibraryError):
    pass


class LimitReached(LibraryError):
    pass


class Book:
    def __init__(self, isbn, title, author, copies=1):
        self.isbn = isbn
        self.title = title
        self.author = author
        self.copies = copies
        self.out = 0

    @property
    def available(self):
        return self.copies - self.out

    def __repr__(self):
        return f"<{self.title} by {self.author}: {self.available}/{self.copies}>"


class Member:
    LIMIT = 2

    def __init__(self, name):
        self.name = name
        self.loans = []

    def __str__(self):
        return f"{self.name} ({len(self.loans)} loans)"


class Library:
    def __init__(self):
        self.books = {}
        self.events = []

    def add(self, book):
        self.books[book.isbn] = book

    def lend(self, member, isbn, day):
        book = self.books.get(isbn)
        if book is None:
            raise LibraryError(f"unknown isbn {isbn}")
        if book.available == 0:
            raise NotAvailable(f"{book.title!r} is out")
        if len(member.loans) >= Member.LIMIT:
            raise LimitReached(f"{member.name} already has {Member.LIMIT} books")
        book.out += 1
        member.loans.append((isbn, day))
        self.events.append((day, "lend", member.name, isbn))

    def give_back(self, member, isbn, day):
        for loan in member.loans:
            if loan[0] == isbn:
                member.loans.remove(loan)
                self.books[isbn].out -= 1
                late = max(0, day - loan[1] - 14)
                self.events.append((day, "return", member.name, isbn))
                return late * 0.25
        raise LibraryError(f"{member.name} does not have {isbn}")


lib = Library()
lib.add(Book("111", "Dune", "Herbert", 2))
lib.add(Book("222", "Emma", "Austen"))
lib.add(Book("333", "Ulysses", "Joyce"))
ann, bob = Member("ann"), Member("bob")
actions = [
    (ann, "lend", "111", 1), (bob, "lend", "111", 2), (ann, "lend", "111", 3), (ann, "lend", "222", 3),
    (ann, "lend", "333", 4), (bob, "lend", "999", 5), (bob, "lend", "222", 6), (ann, "back", "222", 30),
    (bob, "lend", "222", 31), (ann, "back", "333", 32), (bob, "back", "111", 10),
]
fines = {}
for member, action, isbn, day in actions:
    try:
        if action == "lend":
            lib.lend(member, isbn, day)
            print(f"day {day:>2}: {member.name} borrows {isbn}")
        else:
            fine = lib.give_back(member, isbn, day)
            fines[member.name] = fines.get(member.name, 0) + fine
            print(f"day {day:>2}: {member.name} returns {isbn}, fine {fine:.2f}")
    except NotAvailable as e:
        print(f"day {day:>2}: not available: {e}")
    except LibraryError as e:
        print(f"day {day:>2}: {type(e).__name__}: {e}")
print(list(lib.books.values()))
print(str(ann), str(bob), fines)
print(len(lib.events), [e[1] for e in lib.events].count("lend"))
