try:
    import a
except ImportError:
    def f(): pass
else:
    def f(): pass
finally:
    def g(): pass
