#!/bin/sh
# Run each benchmark binary; each prints its own 'bench NAME ...' lines. Numbers never fail
# the build: a benchmark that fails to run is reported and the rest go on.
out=$1
shift
for b in "$@"; do
    "$b" || echo "bench $(basename "$b") failed to run (exit $?)"
done
