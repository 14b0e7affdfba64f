# heapscope build. `make` builds the library (and, once it exists, the interpreter);
# `make test` builds and runs every test; `make BUILD=debug|asan|tsan ...` builds into its own folder.
BUILD ?= release
CC ?= cc
ifeq ($(CC),cc)
CC := gcc
endif

ifeq ($(BUILD),release)
OUT := build
MODE_CFLAGS := -O2 -DNDEBUG
MODE_LDFLAGS :=
else ifeq ($(BUILD),debug)
OUT := build/debug
MODE_CFLAGS := -O0 -g -DHS_DEBUG_ASSERT=1 -DHS_DEBUG_REFS=1 -DHS_DEBUG_GC=1
MODE_LDFLAGS :=
else ifeq ($(BUILD),asan)
OUT := build/asan
MODE_CFLAGS := -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined \
	-fno-sanitize-recover=all -DHS_DEBUG_ASSERT=1 -DHS_DEBUG_REFS=1
MODE_LDFLAGS := -fsanitize=address,undefined
else ifeq ($(BUILD),tsan)
# ThreadSanitizer: every access the GIL should order is checked (docs/internals/threads.md).
OUT := build/tsan
MODE_CFLAGS := -O1 -g -fno-omit-frame-pointer -fsanitize=thread -DHS_DEBUG_ASSERT=1
MODE_LDFLAGS := -fsanitize=thread
else
$(error BUILD must be release, debug, asan or tsan)
endif

WARN := -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes
CFLAGS_ALL := -std=c11 -D_GNU_SOURCE $(WARN) $(MODE_CFLAGS) -Iinclude -DHS_BUILD_CORE=1 $(CFLAGS)
LDFLAGS_ALL := $(MODE_LDFLAGS) $(LDFLAGS)
# zlib (Debian: zlib1g-dev): the tracer writes --trace FILE.gz and the --html page's trace
# gzip-compressed (docs/trace-format.md).
LIBS := -lm -lpthread -lz

LIB_SRCS := $(sort $(filter-out src/cli/%,$(wildcard src/*/*.c)))
LIB_OBJS := $(LIB_SRCS:%.c=$(OUT)/obj/%.o)
# Modules written in Python, bundled into the binary as source text (tools/freeze.py).
FROZEN_PY := $(sort $(wildcard lib/*.py))
FROZEN_C := $(OUT)/gen/frozen_lib.c
FROZEN_OBJ := $(OUT)/obj/gen/frozen_lib.o
# The trace viewer page (web/), compiled in as text by tools/embed_viewer.py (docs/viewer.md).
VIEWER_WEB := $(sort $(wildcard web/*))
VIEWER_C := $(OUT)/gen/viewer_assets.c
VIEWER_OBJ := $(OUT)/obj/gen/viewer_assets.o
LIB := $(OUT)/libheapscope.a

CLI_SRCS := $(sort $(wildcard src/cli/*.c))
CLI_OBJS := $(CLI_SRCS:%.c=$(OUT)/obj/%.o)
HEAPSCOPE := $(OUT)/heapscope
# The REPL's line editing and history: libedit (Debian: libedit-dev), linked into the
# heapscope command only. Without its header the REPL reads plain lines (HS_WITH_LIBEDIT=0).
HS_WITH_LIBEDIT ?= $(if $(wildcard /usr/include/histedit.h),1,0)
CLI_LIBS := $(if $(filter 1,$(HS_WITH_LIBEDIT)),-ledit,)
$(OUT)/obj/src/cli/repl.o: CFLAGS_ALL += -DHS_WITH_LIBEDIT=$(HS_WITH_LIBEDIT)

SUPPORT_SRCS := $(sort $(wildcard tests/c/support/*.c))
SUPPORT_OBJS := $(SUPPORT_SRCS:%.c=$(OUT)/obj/%.o)
CTEST_SRCS := $(sort $(wildcard tests/c/test_*.c))
CTESTS := $(CTEST_SRCS:tests/c/%.c=$(OUT)/tests/%)
BENCH_SRCS := $(sort $(wildcard bench/*.c))
BENCHES := $(BENCH_SRCS:bench/%.c=$(OUT)/bench/%)
EXAMPLE_SRCS := $(sort $(wildcard examples/*.c))
EXAMPLES := $(EXAMPLE_SRCS:examples/%.c=$(OUT)/examples/%)

.SECONDARY:
.PHONY: all lib test ctest bench demo check clean check-layers check-headers interpreter \
	test-threads
all: lib $(HEAPSCOPE)

lib: $(LIB)

interpreter: $(HEAPSCOPE)

$(LIB): $(LIB_OBJS) $(FROZEN_OBJ) $(VIEWER_OBJ)
	@mkdir -p $(dir $@)
	rm -f $@
	ar rcs $@ $^

$(FROZEN_C): $(FROZEN_PY) tools/freeze.py
	@mkdir -p $(dir $@)
	python3 tools/freeze.py $(FROZEN_PY) > $@

$(FROZEN_OBJ): $(FROZEN_C)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -c $< -o $@

$(VIEWER_C): $(VIEWER_WEB) tools/embed_viewer.py
	@mkdir -p $(dir $@)
	python3 tools/embed_viewer.py web/viewer.html > $@

$(VIEWER_OBJ): $(VIEWER_C)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -c $< -o $@

$(HEAPSCOPE): $(CLI_OBJS) $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CLI_OBJS) $(LIB) $(LDFLAGS_ALL) $(LIBS) $(CLI_LIBS) -o $@

$(OUT)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -MMD -MP -c $< -o $@

$(OUT)/tests/%: tests/c/%.c $(SUPPORT_OBJS) $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -Itests/c $< $(SUPPORT_OBJS) $(LIB) $(LDFLAGS_ALL) $(LIBS) -o $@

$(OUT)/bench/%: bench/%.c $(SUPPORT_OBJS) $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -Itests/c $< $(SUPPORT_OBJS) $(LIB) $(LDFLAGS_ALL) $(LIBS) -o $@

$(OUT)/examples/%: examples/%.c $(SUPPORT_OBJS) $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -Itests/c $< $(SUPPORT_OBJS) $(LIB) $(LDFLAGS_ALL) $(LIBS) -o $@

# Every test: static checks, the C unit tests, the REPL and command-line tests
# (tools/test_repl.py, tools/test_cli.py), then the
# Python scripts listed in tests/py/PASSING run by heapscope and compared with CPython's
# committed output.
test: check $(CTESTS) $(HEAPSCOPE)
	python3 tools/runtests.py --build $(BUILD) --heapscope $(HEAPSCOPE) \
		--driver tools/test_repl.py --driver tools/test_cli.py --driver tools/test_trace.py \
		--driver tools/test_switch.py $(CTESTS)

# The thread tests alone (the GIL's C tests and tests/py/threads/), e.g. under
# `make BUILD=tsan test-threads` (.ci/run does that).
test-threads: $(OUT)/tests/test_gil $(HEAPSCOPE)
	python3 tools/runtests.py --build $(BUILD) --heapscope $(HEAPSCOPE) \
		--only tests/py/threads/ --driver tools/test_switch.py $(OUT)/tests/test_gil

check: check-layers check-headers

check-layers:
	@sh tools/check_layers.sh

# Each header must compile on its own (STYLE.md section 2).
check-headers:
	@mkdir -p $(OUT)/hdr
	@for h in $$(cd include && find . -name '*.h' | sort); do \
		printf '#include "%s"\n' "$${h#./}" > $(OUT)/hdr/one.c; \
		$(CC) $(CFLAGS_ALL) -fsyntax-only $(OUT)/hdr/one.c || exit 1; \
	done; echo "headers: each compiles alone"

bench: $(BENCHES) $(OUT)/bench/peak
	@sh bench/run.sh $(OUT) $(BENCHES)
	@python3 bench/run_py.py $(HEAPSCOPE) $(OUT)/bench/peak
	@python3 bench/trace/run_trace.py $(HEAPSCOPE)
	@python3 bench/run_threads.py $(HEAPSCOPE)

# bench/run_py.py's wrapper measuring a program's peak memory and time (not a benchmark)
$(OUT)/bench/peak: bench/tools/peak.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) $< -o $@

demo: $(OUT)/examples/demo $(HEAPSCOPE)
	$(OUT)/examples/demo
	@echo
	@echo '$$ heapscope examples/seeds/tour.py'
	@$(HEAPSCOPE) examples/seeds/tour.py
	@echo; echo '$$ heapscope --show examples/seeds/seed002_student.py'; $(HEAPSCOPE) --show examples/seeds/seed002_student.py
	@echo; echo '$$ heapscope --html $(OUT)/demo.html examples/seeds/seed002_student.py'; $(HEAPSCOPE) --html $(OUT)/demo.html examples/seeds/seed002_student.py >/dev/null
	@echo "The same run, step by step in a browser: open $(abspath $(OUT))/demo.html"

clean:
	rm -rf build

-include $(LIB_OBJS:.o=.d) $(SUPPORT_OBJS:.o=.d) $(CLI_OBJS:.o=.d)
