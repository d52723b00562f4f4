print("key=value=more".partition("="))
print("key=value=more".rpartition("="))
print("novalue".partition("="))
print("novalue".rpartition("="))
text = "line one\nline two\r\nline three\n\nlast"
print(text.splitlines())
print(text.splitlines(True))
print("".splitlines(), "\n".splitlines(), "a\n".splitlines())
print(text.split("\n"))
config = "host = localhost\nport = 8080\n# comment\nname = demo"
settings = {}
for row in config.splitlines():
    if row.startswith("#"):
        continue
    key, _, value = row.partition("=")
    settings[key.strip()] = value.strip()
print(settings)
