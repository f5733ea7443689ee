yield 
