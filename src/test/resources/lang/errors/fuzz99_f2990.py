2y for = 'line\
