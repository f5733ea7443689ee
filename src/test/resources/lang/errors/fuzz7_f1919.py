g.send(None)  # 预激

else
