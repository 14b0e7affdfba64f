# keyword: the keyword lists and the predicates
import keyword

print(keyword.kwlist)
print(keyword.softkwlist)
print(len(keyword.kwlist), len(keyword.softkwlist))
print(sorted(keyword.__all__))
for word in ["if", "match", "case", "_", "print", "None", "async", "await", "", "IF", "self"]:
    print(repr(word), keyword.iskeyword(word), keyword.issoftkeyword(word))
print(keyword.iskeyword(1), keyword.issoftkeyword(None))
try:
    keyword.iskeyword([])
except TypeError as e:
    print("TypeError:", e)
try:
    keyword.issoftkeyword({})
except TypeError as e:
    print("TypeError:", e)
print(type(keyword.iskeyword).__name__, keyword.iskeyword.__name__)
print(all(keyword.iskeyword(w) for w in keyword.kwlist))
print([w for w in dir(__builtins__) if keyword.iskeyword(w)])
print(keyword.kwlist is keyword.kwlist, keyword.kwlist == sorted(keyword.kwlist))
