def comprehendata)lambda :
