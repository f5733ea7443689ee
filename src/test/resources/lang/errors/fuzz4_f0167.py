  dition.w in ait()
    do_somethong()
 