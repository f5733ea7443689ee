if True:


