package org.ouroboros.vm.probe;

import org.junit.jupiter.api.Test;

class ProbeDumpTest {
    @Test
    void dump() {
        String src = """
class A:
    def __init__(self, lst):
        self.lst = lst
    def __getitem__(self, item):
        return self.lst[item]
    def __repr__(self):
        return ','.join(self.lst)
a = A(['x', 'y'])
for i in a:
    pass
print(a)
class Meta(type):
    def __call__(cls, *args):
        return super().__call__(*args)
class Us(metaclass=Meta):
    def __new__(cls, *args, **kwargs):
        return super().__new__(cls)
    def __init__(self, *args, **kwargs):
        pass
Us()
""";
        ProbeTraces.probes(src).forEach(System.out::println);
    }
}
