import sys
print("about to exit")
try:
    sys.exit(4)
except SystemExit as e:
    print("caught SystemExit", e.code)
sys.stdout.flush()
sys.exit("fatal: configuration missing")
