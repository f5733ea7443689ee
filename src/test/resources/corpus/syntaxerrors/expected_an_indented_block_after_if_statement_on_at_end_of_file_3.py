if True:
# comment
