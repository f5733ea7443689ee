# Results past ast_opt's limits, and operations that fail, are left for run time.
big_power = 2**200
big_shift = 10 << 200
small_shift = 10 << 100
negative_shift = 1 << -1
long_str = 'x' * 5000
str_at_limit = 'x' * 4096
long_tuple = (1,) * 300
tuple_at_limit = (1,) * 256
division = 1 / 0
modulo = 7 % 0
zero_power = 0 ** -1
bad_unary = -'a'
str_format = 'a%s' % 'b'
big_product = 2**64 * 2**64
