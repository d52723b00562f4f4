samples = ["123", "12.5", "abc", "abc123", "ABC", "abc def", "", "   ", "\t\n", "Hello", "-5", "3a"]
for s in samples:
    print(repr(s).ljust(10), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower(),
          s.isnumeric(), s.isdecimal(), s.istitle())
