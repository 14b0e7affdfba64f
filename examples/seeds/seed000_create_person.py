# Seed 000 (Python Memory Model), fragment 2: objects on the heap. Runnable as written.
def create_person(name, age):
    person = {"name": name, "age": age}  # Dictionary object stored in heap
    return person

name = "Alice"  # String reference in stack, string value in heap
age = 30        # Integer reference in stack, integer value in heap
person = create_person(name, age)  # Person object reference in stack, object in heap
print(person)
