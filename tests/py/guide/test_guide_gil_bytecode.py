# docs/memory-model.md §10 The GIL: each bytecode is atomic, `total += price(x)` is not
import dis

PRICES = {"apple": 3, "pear": 5}
total = 0
basket = []


def price(item):
    return PRICES[item]


def add_price(item):
    global total
    total += price(item)   # load total, CALL price (a switch point), add, store total


def add_to_basket(item):
    basket.append(item)    # one CALL into C: append runs whole while holding the GIL


dis.dis(add_price)
dis.dis(add_to_basket)
add_price("apple")
add_price("pear")
add_to_basket("apple")
print(total, basket)
