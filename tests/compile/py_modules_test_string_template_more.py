import string
t = string.Template('$$ is a dollar; $name has ${count} items; $name again')
print(t.substitute(name='Ann', count=3))
print(t.safe_substitute({'name': 'Bo'}))
print(t.template)
try:
    string.Template('$').substitute()
except ValueError as e:
    print(e)
try:
    string.Template('${bad').substitute(bad=1)
except ValueError as e:
    print(e)
print(t.get_identifiers() if hasattr(t, 'get_identifiers') else 'n/a', t.is_valid() if hasattr(t, 'is_valid') else 'n/a')
class Percent(string.Template):
    delimiter = '%'
print(Percent('%who costs %%5').substitute(who='it'))
print(string.capwords('  the   quick brown  '), string.ascii_lowercase.index('q'))
