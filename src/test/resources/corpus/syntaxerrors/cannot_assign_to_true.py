True = 5
