# Big numbers as text: 3.11 caps int<->str at 4300 digits (CVE-2020-10735); sys changes the cap.
import sys
print(sys.get_int_max_str_digits())
try:
    str(10 ** 5000)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(6000)
print(len(str(10 ** 5000)))
try:
    sys.set_int_max_str_digits(10)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 9000)))
x = int("9" * 8000)
print(x % 1000, x.bit_length())
