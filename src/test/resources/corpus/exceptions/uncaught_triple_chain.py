def step_one():
    raise ValueError("first")

def step_two():
    try:
        step_one()
    except ValueError as e:
        raise TypeError("second") from e

def step_three():
    try:
        step_two()
    except TypeError:
        raise RuntimeError("third")

step_three()
