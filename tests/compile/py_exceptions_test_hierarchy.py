names = ['BaseException', 'SystemExit', 'KeyboardInterrupt', 'GeneratorExit', 'Exception',
         'ArithmeticError', 'FloatingPointError', 'OverflowError', 'ZeroDivisionError',
         'AssertionError', 'AttributeError', 'BufferError', 'EOFError', 'ImportError',
         'ModuleNotFoundError', 'LookupError', 'IndexError', 'KeyError', 'MemoryError',
         'NameError', 'UnboundLocalError', 'OSError', 'BlockingIOError', 'ChildProcessError',
         'ConnectionError', 'BrokenPipeError', 'ConnectionAbortedError',
         'ConnectionRefusedError', 'ConnectionResetError', 'FileExistsError',
         'FileNotFoundError', 'InterruptedError', 'IsADirectoryError', 'NotADirectoryError',
         'PermissionError', 'ProcessLookupError', 'TimeoutError', 'ReferenceError',
         'RuntimeError', 'NotImplementedError', 'RecursionError', 'StopAsyncIteration',
         'StopIteration', 'SyntaxError', 'IndentationError', 'TabError', 'SystemError',
         'TypeError', 'ValueError', 'UnicodeError', 'UnicodeDecodeError',
         'UnicodeEncodeError', 'UnicodeTranslateError', 'Warning', 'BytesWarning',
         'DeprecationWarning', 'EncodingWarning', 'FutureWarning', 'ImportWarning',
         'PendingDeprecationWarning', 'ResourceWarning', 'RuntimeWarning', 'SyntaxWarning',
         'UnicodeWarning', 'UserWarning', 'BaseExceptionGroup', 'ExceptionGroup']

for n in names:
    cls = eval(n)
    print(n, '<-', cls.__bases__[0].__name__ if len(cls.__bases__) == 1 else [b.__name__ for b in cls.__bases__])
print(IOError is OSError, EnvironmentError is OSError)
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, Exception))
print(issubclass(GeneratorExit, Exception), issubclass(StopIteration, Exception))
print(issubclass(UnicodeDecodeError, ValueError), issubclass(RecursionError, RuntimeError))
print(issubclass(ModuleNotFoundError, ImportError), issubclass(TabError, SyntaxError))
print(issubclass(BrokenPipeError, OSError), issubclass(TimeoutError, OSError))
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
