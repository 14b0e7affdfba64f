first,: *rest, last = seq
