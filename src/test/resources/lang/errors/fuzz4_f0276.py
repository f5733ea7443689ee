class etaClass(
    pass
