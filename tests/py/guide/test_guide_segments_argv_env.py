# docs/memory-model.md §1 Segments: argv and the environment are ordinary objects
import os
import sys

print(type(sys.argv).__name__, len(sys.argv))
print(sys.argv[0].endswith("test_guide_segments_argv_env.py"))
print(type(os.environ).__name__)
print(os.environ["LC_ALL"])
# They are mutable heap objects like any other.
sys.argv.append("--extra")
print(sys.argv[1:])
