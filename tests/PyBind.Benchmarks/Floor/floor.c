/*
 * The physical floor: each benchmarked operation done directly through CPython's C API, from C, on the same
 * interpreter the .NET benchmarks use. It does the same work a binding must do (convert the arguments in, call,
 * convert the result out, release), nothing more. Prints "name ns_per_op" lines.
 *
 * Built and run by ../run-benchmarks.sh:  gcc -O2 floor.c $(python3-config --includes --embed --ldflags)
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <pthread.h>

/* FLOOR_CLOCK=cpu times rounds by the thread's CPU time, as the .NET side's --quick does with PYBIND_QUICK_CLOCK=cpu:
   time spent descheduled by other load is not counted. */
static double now_ns(void) {
    static int clock_id = -1;
    if (clock_id < 0) {
        const char *choice = getenv("FLOOR_CLOCK");
        clock_id = choice != NULL && strcmp(choice, "cpu") == 0 ? CLOCK_THREAD_CPUTIME_ID : CLOCK_MONOTONIC;
    }
    struct timespec t;
    clock_gettime(clock_id, &t);
    return (double)t.tv_sec * 1e9 + (double)t.tv_nsec;
}

static void check(PyObject *o, const char *what) {
    if (o == NULL) { PyErr_Print(); fprintf(stderr, "floor: %s failed\n", what); exit(1); }
}

/* Runs body `iterations` times per round, 7 rounds; reports the fastest round (least disturbed by other load),
   per operation when each run of the body does `per_body` of them. */
#define MEASURE_PER(name, iterations, per_body, ...) do { \
        double best = 1e300; \
        for (int round = 0; round < 7; round++) { \
            double start = now_ns(); \
            for (long i = 0; i < (iterations); i++) { __VA_ARGS__; } \
            double per = (now_ns() - start) / (double)(iterations) / (double)(per_body); \
            if (per < best) best = per; \
        } \
        printf("%s %.2f\n", name, best); \
        fflush(stdout); \
    } while (0)
#define MEASURE(name, iterations, ...) MEASURE_PER(name, iterations, 1, __VA_ARGS__)

static PyObject *key_length(PyObject *self, PyObject *arg) {
    (void)self;
    return PyLong_FromSsize_t(PyUnicode_GetLength(arg));
}
static PyMethodDef key_length_def = {"key_length", key_length, METH_O, NULL};

/* add(a: int, b: int) -> int, as a C extension writes it: what an exported .NET add is compared with. */
static PyObject *c_add(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    (void)self;
    if (nargs != 2) {
        PyErr_SetString(PyExc_TypeError, "add() takes 2 positional arguments");
        return NULL;
    }
    long long a = PyLong_AsLongLong(args[0]);
    if (a == -1 && PyErr_Occurred()) return NULL;
    long long b = PyLong_AsLongLong(args[1]);
    if (b == -1 && PyErr_Occurred()) return NULL;
    return PyLong_FromLongLong(a + b);
}
static PyMethodDef add_def = {"add", (PyCFunction)(void (*)(void))c_add, METH_FASTCALL, NULL};

/* Runs a Python loop of `batch` operations `iterations` times per round; reports the fastest round per operation. */
#define MEASURE_PYTHON_LOOP(name, iterations, batch, loop, target) do { \
        PyObject *n = PyLong_FromLong(batch); \
        MEASURE_PER(name, iterations, batch, { \
            PyObject *args[3] = {NULL, target, n}; \
            PyObject *r = PyObject_Vectorcall(loop, args + 1, 2 | PY_VECTORCALL_ARGUMENTS_OFFSET, NULL); \
            check(r, name); \
            Py_DECREF(r); \
        }); \
        Py_DECREF(n); \
    } while (0)

/* A thread Python has never seen: each Ensure makes a thread state and each Release deletes it. */
static void *new_thread_state_thread(void *unused) {
    (void)unused;
    MEASURE("gil_ensure_release_new_thread_state", 1000000, {
        PyGILState_STATE s = PyGILState_Ensure();
        PyGILState_Release(s);
    });
    return NULL;
}

int main(void) {
    Py_Initialize();
    PyObject *globals = PyDict_New();
    PyDict_SetItemString(globals, "__builtins__", PyEval_GetBuiltins());
    check(PyRun_String(
        "import math, numpy\n"
        "def f(x):\n    return x + 1\n"
        "def g():\n    return None\n"
        "def take(d):\n    return len(d)\n"
        "class Holder:\n    def __init__(self):\n        self.value = 42\n"
        "holder = Holder()\n"
        "hundred = list(range(100))\n"
        "def get_list():\n    return hundred\n"
        "def call_add(add, n):\n    for i in range(n):\n        add(i, 1)\n"
        "def read_value(holder, n):\n    for _ in range(n):\n        holder.value\n"
        "strings = ['item%d' % ((i * 7919) % 1000) for i in range(1000)]\n"
        "small = numpy.arange(1000, dtype=numpy.float64)\n"
        "large = numpy.arange(1000000, dtype=numpy.float64)\n",
        Py_file_input, globals, globals), "setup");

    PyObject *f = PyDict_GetItemString(globals, "f");
    PyObject *g = PyDict_GetItemString(globals, "g");
    PyObject *take = PyDict_GetItemString(globals, "take");
    PyObject *holder = PyDict_GetItemString(globals, "holder");
    PyObject *get_list = PyDict_GetItemString(globals, "get_list");
    PyObject *strings = PyDict_GetItemString(globals, "strings");
    PyObject *small = PyDict_GetItemString(globals, "small");
    PyObject *large = PyDict_GetItemString(globals, "large");
    PyObject *math = PyImport_ImportModule("math");
    PyObject *sqrt_fn = PyObject_GetAttrString(math, "sqrt");
    PyObject *builtins = PyEval_GetBuiltins();
    PyObject *sum_fn = PyDict_GetItemString(builtins, "sum");
    PyObject *sorted_fn = PyDict_GetItemString(builtins, "sorted");
    PyObject *numpy = PyImport_ImportModule("numpy");
    PyObject *np_sum = PyObject_GetAttrString(numpy, "sum");
    PyObject *value_name = PyUnicode_InternFromString("value");
    PyObject *kw_x = Py_BuildValue("(s)", "x");
    PyObject *kw_key = Py_BuildValue("(s)", "key");
    PyObject *key = PyCFunction_New(&key_length_def, NULL);
    volatile long long sink = 0;
    volatile double dsink = 0;

    MEASURE("call_positional", 5000000, {
        PyObject *args[2] = {NULL, PyLong_FromLongLong(i)};
        PyObject *r = PyObject_Vectorcall(f, args + 1, 1 | PY_VECTORCALL_ARGUMENTS_OFFSET, NULL);
        Py_DECREF(args[1]);
        sink += PyLong_AsLongLong(r);
        Py_DECREF(r);
    });
    MEASURE("call_keyword", 5000000, {
        PyObject *args[2] = {NULL, PyLong_FromLongLong(i)};
        PyObject *r = PyObject_Vectorcall(f, args + 1, 0 | PY_VECTORCALL_ARGUMENTS_OFFSET, kw_x);
        Py_DECREF(args[1]);
        sink += PyLong_AsLongLong(r);
        Py_DECREF(r);
    });
    MEASURE("call_no_arguments", 5000000, {
        PyObject *r = PyObject_Vectorcall(g, NULL, 0, NULL);
        Py_DECREF(r);
    });
    MEASURE("math_sqrt", 5000000, {
        PyObject *args[2] = {NULL, PyFloat_FromDouble(2.0)};
        PyObject *r = PyObject_Vectorcall(sqrt_fn, args + 1, 1 | PY_VECTORCALL_ARGUMENTS_OFFSET, NULL);
        Py_DECREF(args[1]);
        dsink += PyFloat_AsDouble(r);
        Py_DECREF(r);
    });
    MEASURE("attribute_get_int", 5000000, {
        PyObject *r = PyObject_GetAttr(holder, value_name);
        sink += PyLong_AsLongLong(r);
        Py_DECREF(r);
    });
    MEASURE("list_of_100_ints_read", 500000, {
        PyObject *r = PyObject_Vectorcall(get_list, NULL, 0, NULL);
        Py_ssize_t n = PyList_GET_SIZE(r);
        for (Py_ssize_t k = 0; k < n; k++)
            sink += PyLong_AsLongLong(PyList_GET_ITEM(r, k));
        Py_DECREF(r);
    });
    {
        char keys[100][16];
        for (int k = 0; k < 100; k++) snprintf(keys[k], sizeof keys[k], "key%d", k);
        MEASURE("dict_of_100_passed_in", 200000, {
            PyObject *d = PyDict_New();
            for (int k = 0; k < 100; k++) {
                PyObject *name = PyUnicode_FromString(keys[k]);
                PyObject *value = PyLong_FromLong(k);
                PyDict_SetItem(d, name, value);
                Py_DECREF(name);
                Py_DECREF(value);
            }
            PyObject *args[2] = {NULL, d};
            PyObject *r = PyObject_Vectorcall(take, args + 1, 1 | PY_VECTORCALL_ARGUMENTS_OFFSET, NULL);
            Py_DECREF(d);
            sink += PyLong_AsLongLong(r);
            Py_DECREF(r);
        });
    }
    {
        double values[1000];
        for (int k = 0; k < 1000; k++) values[k] = k * 0.5;
        MEASURE("sum_of_1000_doubles", 100000, {
            PyObject *list = PyList_New(1000);
            for (int k = 0; k < 1000; k++) PyList_SET_ITEM(list, k, PyFloat_FromDouble(values[k]));
            PyObject *args[2] = {NULL, list};
            PyObject *r = PyObject_Vectorcall(sum_fn, args + 1, 1 | PY_VECTORCALL_ARGUMENTS_OFFSET, NULL);
            Py_DECREF(list);
            dsink += PyFloat_AsDouble(r);
            Py_DECREF(r);
        });
    }
    MEASURE("ndarray_1000_as_span", 2000000, {
        Py_buffer view;
        PyObject_GetBuffer(small, &view, PyBUF_RECORDS_RO);
        dsink += ((double *)view.buf)[view.shape[0] - 1];
        PyBuffer_Release(&view);
    });
    MEASURE("ndarray_1000000_as_span", 2000000, {
        Py_buffer view;
        PyObject_GetBuffer(large, &view, PyBUF_RECORDS_RO);
        dsink += ((double *)view.buf)[view.shape[0] - 1];
        PyBuffer_Release(&view);
    });
    {
        size_t bytes = 1000000 * sizeof(double);
        double *source = malloc(bytes), *target = malloc(bytes);
        for (int k = 0; k < 1000000; k++) source[k] = k;
        MEASURE("memcpy_8MB", 200, {
            memcpy(target, source, bytes);
            dsink += target[i % 1000000];
        });
        MEASURE("numpy_sum_of_1000000", 200, {
            PyObject *args[2] = {NULL, large};
            PyObject *r = PyObject_Vectorcall(np_sum, args + 1, 1 | PY_VECTORCALL_ARGUMENTS_OFFSET, NULL);
            dsink += PyFloat_AsDouble(r);
            Py_DECREF(r);
        });
        free(source);
        free(target);
    }
    MEASURE("sorted_1000_strings_with_key", 2000, {
        PyObject *args[3] = {NULL, strings, key};
        PyObject *r = PyObject_Vectorcall(sorted_fn, args + 1, 1 | PY_VECTORCALL_ARGUMENTS_OFFSET, kw_key);
        Py_DECREF(r);
    });
    {
        /* The same loops as ../python_calling.py, over C's add and a Python object's attribute. */
        PyObject *c_add_fn = PyCFunction_New(&add_def, NULL);
        PyObject *call_add = PyDict_GetItemString(globals, "call_add");
        PyObject *read_value = PyDict_GetItemString(globals, "read_value");
        MEASURE_PYTHON_LOOP("python_calls_c_add", 5000, 1000, call_add, c_add_fn);
        MEASURE_PYTHON_LOOP("python_reads_attribute", 5000, 1000, read_value, holder);
        Py_DECREF(c_add_fn);
    }
    MEASURE("gil_when_held", 5000000, {
        PyGILState_STATE s = PyGILState_Ensure();
        PyGILState_Release(s);
    });

    /* The common case of a lone call: a thread that has its thread state but does not hold the GIL takes it with
       PyGILState_Ensure, calls, and gives it back with PyGILState_Release. */
    PyThreadState *main_state = PyEval_SaveThread();
    MEASURE("gil_ensure_release", 5000000, {
        PyGILState_STATE s = PyGILState_Ensure();
        PyGILState_Release(s);
    });
    MEASURE("call_positional_lone", 5000000, {
        PyGILState_STATE s = PyGILState_Ensure();
        PyObject *args[2] = {NULL, PyLong_FromLongLong(i)};
        PyObject *r = PyObject_Vectorcall(f, args + 1, 1 | PY_VECTORCALL_ARGUMENTS_OFFSET, NULL);
        Py_DECREF(args[1]);
        sink += PyLong_AsLongLong(r);
        Py_DECREF(r);
        PyGILState_Release(s);
    });
    MEASURE("math_sqrt_lone", 5000000, {
        PyGILState_STATE s = PyGILState_Ensure();
        PyObject *args[2] = {NULL, PyFloat_FromDouble(2.0)};
        PyObject *r = PyObject_Vectorcall(sqrt_fn, args + 1, 1 | PY_VECTORCALL_ARGUMENTS_OFFSET, NULL);
        Py_DECREF(args[1]);
        dsink += PyFloat_AsDouble(r);
        Py_DECREF(r);
        PyGILState_Release(s);
    });
    pthread_t thread;
    pthread_create(&thread, NULL, new_thread_state_thread, NULL);
    pthread_join(thread, NULL);
    PyEval_RestoreThread(main_state);

    if (sink == 42 && dsink == 42) puts("");
    return 0;
}
