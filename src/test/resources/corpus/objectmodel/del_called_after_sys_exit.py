import sys
class T:
    def __del__(self): print("T finalized")
t = T()
print("exiting")
sys.exit(3)
