# Left shifts size their result first: a shift count beyond what Py_ssize_t digits can hold is
# OverflowError "too many digits in integer"; zero shifted any amount is 0; right shifts by huge
# counts give 0 or -1; a negative count is ValueError.
for expr in ["2 << 10**20", "True << 10**20", "-3 << 10**20", "0 << 10**20", "0 << 2**63",
             "2 >> 10**20", "-2 >> 10**20", "2 << -1", "2 >> -1", "1 << 100"]:
    try:
        print(expr, "=", eval(expr))
    except (OverflowError, ValueError) as e:
        print(expr, "->", type(e).__name__, e)
