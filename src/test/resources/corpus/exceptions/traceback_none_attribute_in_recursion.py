class Node:
    def __init__(self, val, nxt=None):
        self.val = val
        self.nxt = nxt
def total(node):
    return node.val + total(node.nxt)
print(total(Node(1, Node(2, Node(3)))))
