def parse(text):
    try:
        return int(text)
    except ValueError:
        return undefined_name

print("start")
parse("not a number")
