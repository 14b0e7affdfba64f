# warnings: warn with categories and stacklevel, the default filters, once-per-location, catch_warnings(record=True), error/ignore filters, formatwarning
import warnings
def old():
    warnings.warn("old is deprecated", DeprecationWarning, stacklevel=2)
    return 1
old()
warnings.warn("plain user warning")
for i in range(3):
    warnings.warn("repeated")
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("recorded", RuntimeWarning)
    warnings.warn("again", UserWarning)
    print(len(w), [str(x.message) for x in w], w[0].category.__name__)
warnings.simplefilter("error")
try:
    warnings.warn("now an error")
except UserWarning as e:
    print("raised", e)
warnings.resetwarnings()
warnings.simplefilter("ignore")
warnings.warn("ignored")
print(warnings.formatwarning("msg", UserWarning, "f.py", 3, "x = 1"))
