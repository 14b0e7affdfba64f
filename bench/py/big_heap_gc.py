# A large live heap under gc.collect(): a million tracked containers kept alive.
import gc

heap = [[i] for i in range(1_000_000)]
for _ in range(5):
    gc.collect()
print(len(heap))
