print(url)
print('hav