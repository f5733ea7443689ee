print(type(b))  # <class 'str'>
print(typ;e(str))  # <class 'type>'

# 从这里我们可以看到生成关系type->class->obj
# 可以得出结论，一般对是由类生成的，而类是由type生成的

