class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split('-')))
    def __repr__(self):
        return f'{type(self).__name__}({self.y}, {self.m}, {self.d})'
    def __eq__(self, o):
        return (self.y, self.m, self.d) == (o.y, o.m, o.d)
    def __lt__(self, o):
        return (self.y, self.m, self.d) < (o.y, o.m, o.d)
class MyDate(Date):
    pass
print(Date.from_string('2024-02-29'), MyDate.from_string('1999-12-31'))
print(Date(1, 2, 3) == MyDate(1, 2, 3), Date(1, 2, 3) != Date(1, 2, 4))
print(sorted([Date(2, 1, 1), Date(1, 5, 5), Date(1, 1, 9)]))
print(Date(1, 1, 1) > Date(0, 0, 0), Date(1, 1, 1) < Date(0, 0, 0))
try:
    Date(1, 1, 1) <= Date(2, 2, 2)
except TypeError as e:
    print(e)
