x = 1
print(x)
message = "unterminated
print(message)
