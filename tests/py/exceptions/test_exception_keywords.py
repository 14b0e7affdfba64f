# NameError/AttributeError/ImportError keyword-only fields (name, obj, path) and the errors for other keywords.
for c,kw in [(NameError,{'name':'x'}),(NameError,{'foo':1}),(AttributeError,{'name':'n','obj':3}),(ImportError,{'name':'m','path':'p'}),(ImportError,{'x':1}),(ValueError,{'a':1}),(AttributeError,{'obj':1,'bad':2}),(UnboundLocalError,{'bad':1}),(ModuleNotFoundError,{'name':'q'})]:
    try:
        e=c('msg',**kw); print(repr(e), getattr(e,'name',None), getattr(e,'obj',None), getattr(e,'path',None))
    except TypeError as t: print(t)
print(repr(ValueError(**{})))
