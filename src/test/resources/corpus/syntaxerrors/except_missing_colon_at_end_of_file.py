try:
    pass
except