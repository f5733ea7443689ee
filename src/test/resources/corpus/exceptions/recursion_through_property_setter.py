class T:
    @property
    def celsius(self):
        return self.celsius
    @celsius.setter
    def celsius(self, v):
        self.celsius = v
t = T()
t.celsius = 5
