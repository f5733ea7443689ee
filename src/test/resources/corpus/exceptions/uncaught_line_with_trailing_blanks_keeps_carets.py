# A traceback drops only a source line's indentation: trailing blanks are printed, and because
# the failing expression then no longer spans the whole line, its carets are shown.
def divide(a, b):   
    return a / b   


def lookup(items):
    try:
        return items[5]  
    except IndexError:
        raise ValueError("no sixth item") 


try:
    divide(1, 0)    
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
    lookup([1])  
