def say(self):
    '''传递给