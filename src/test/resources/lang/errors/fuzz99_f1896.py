from multiprocssing import Manager 
Manager(