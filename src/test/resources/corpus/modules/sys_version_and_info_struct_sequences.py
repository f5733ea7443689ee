# sys.version_info, float_info, int_info and hash_info are struct sequences: tuples whose items
# also have names; they compare and slice as tuples and print with their field names.
import sys

print(repr(sys.version_info).split(", micro")[0], sys.version_info.major, sys.version_info >= (3, 8), sys.version_info[:2],
      tuple(sys.version_info)[:2], sys.version_info.releaselevel)
print(type(sys.version_info), isinstance(sys.version_info, tuple), len(sys.version_info))
print(sys.float_info.epsilon, sys.float_info.max, sys.float_info.dig, sys.float_info.mant_dig,
      sys.float_info.epsilon == 2.0 ** -52)
print(sys.int_info.bits_per_digit, sys.hash_info.modulus, sys.hash_info.modulus == 2 ** 61 - 1, sys.hash_info.inf)
print(hash(float("inf")) == sys.hash_info.inf, sys.maxunicode, sys.getdefaultencoding(), type(sys.path))
major, minor, *rest = sys.version_info
print(major, minor, rest[1:])
try:
    sys.version_info.major = 4
except AttributeError as e:
    print("AttributeError:", e)
