try:
    a()
except (ValueError, TypeError) as e:
    b(e)
except KeyError:
    c()
except:
    d()
else:
    e()
