    def __init__(self, lst):
        self.ls