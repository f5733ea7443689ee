def g1ble):
