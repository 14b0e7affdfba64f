# docs/memory-model.md §3 Heap: freed when the last reference goes, not later by the gc
import gc


class Student:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freeing", self.name)


def create_student():
    student = Student("Alice")
    print(student.name)


gc.disable()  # the cycle collector is off: it cannot be what frees the object
create_student()
print("after create_student()")

s = Student("Bob")
t = s
del s
print("del s: Bob still referenced by t")
t = None
print("after t = None")
gc.enable()
