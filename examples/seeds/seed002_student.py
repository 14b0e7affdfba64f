# Seed 002 (Memory Allocation in Python), fragment 1: an instance created in a function.
# Runnable as written.
class Student:
    def __init__(self, name):
        self.name = name

def create_student():
    # Heap Memory: The `Student` instance is created and stored here
    student = Student("Alice")

    print(student.name)
    # Stack Memory: The `student` variable is stored here

create_student()
