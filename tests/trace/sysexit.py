# sys.exit(3) while tracing: the exit status is kept and stdout is written as usual
import sys

print("before")
sys.exit(3)
