
async de async_gen():
  and  yield ]1

