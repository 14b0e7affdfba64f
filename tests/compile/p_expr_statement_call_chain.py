obj.method(arg).other[0].final()
