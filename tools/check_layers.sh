#!/bin/sh
# Enforce the layer order of DESIGN.md: mem <- obj <-> gc <- vm <- modules <- trace <- cli,
# compile depending on obj only. A file may include the internal header of its own layer
# and of the layers below it; anything else is an upward include and fails.
set -u
fail=0
allowed() {
    case "$1" in
        mem) echo "mem" ;;
        obj|gc) echo "mem obj gc" ;;
        compile) echo "mem obj gc compile" ;;
        vm) echo "mem obj gc compile vm" ;;
        modules) echo "mem obj gc compile vm modules" ;;
        trace) echo "mem obj gc compile vm modules trace" ;;
        cli) echo "mem obj gc compile vm modules trace cli" ;;
        *) echo "" ;;
    esac
}
for f in $(find src -name '*.c' -o -name '*.h' | sort); do
    layer=$(echo "$f" | cut -d/ -f2)
    ok=$(allowed "$layer")
    for inc in $(grep -o '#include "internal/hs_[a-z]*' "$f" | sed 's/.*hs_//'); do
        case " $ok " in
            *" $inc "*) ;;
            *) echo "layer violation: $f ($layer) includes internal/hs_$inc.h"; fail=1 ;;
        esac
    done
done
[ $fail -eq 0 ] && echo "layers: no upward includes"
exit $fail
