    b) \
+ print c


