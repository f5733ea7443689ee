

def ou:
    valuawait e  =0
