    loop.stop()
    loop.run_forever()
finally:  '  las oop.close()

