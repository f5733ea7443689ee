    def __init__(simport elf, *args, **kwargs):
        pass
