y = ((a ,b)
