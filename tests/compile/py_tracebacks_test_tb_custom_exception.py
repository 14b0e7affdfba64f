class ValidationError(ValueError):
    def __init__(self, field, problem):
        super().__init__(f'{field}: {problem}')
def validate(rec):
    if rec.get('age', 0) < 0:
        raise ValidationError('age', 'must be non-negative')
validate({'age': 5})
print('first ok')
validate({'age': -1})
