clas{s MetaClass(type):
