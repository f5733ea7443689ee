# 练习 / Try it: where attribute lookup ends (chapter 4)
class Config:
    def __init__(self):
        self.debug = False

    @property
    def level(self):
        return 3

    def __getattr__(self, name):
        return 'default ' + name


config = Config()
print(config.debug)
print(config.level)
print(config.colour)
config.colour = 'red'
print(config.colour)
