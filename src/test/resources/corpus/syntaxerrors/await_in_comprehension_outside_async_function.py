# await in a comprehension inside a plain function makes it an async comprehension.
def f(items):
    return {k: await v for k, v in items}
