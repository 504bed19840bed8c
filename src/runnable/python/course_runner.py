"""Runs a course sample against real Django with a fresh in-memory SQLite database.

The same module runs in the browser (Pyodide, in a Web Worker), in the test suite (Pyodide in
Node) and under plain CPython for authors checking a sample. Each run:

1. starts a brand-new in-memory database (a new SQLite connection), so runs never see each other
   and transactions behave as in production (``transaction.on_commit`` really fires);
2. creates the tables of every installed model and seeds the sample's fixture, if it names one;
3. executes the sample, capturing what it prints and every SQL query it runs.

Samples may define their own models with ``app_label = "demo"``: their tables are created as soon
as the class is defined, so a sample reads like ordinary Django code.

Each run also starts from the state ``configure()`` left: whatever a sample changed in this module,
in builtins, in Django's settings, logging, system checks or signal receivers is put back first
(``_Baseline``), so code pasted into one sample cannot change what later samples print.
"""

import contextlib
import io
import json
import linecache
import os
import sys
import traceback

SAMPLE_FILENAME = "<sample>"
DEMO_APP = "demo"
# Written by build_runtime.py: the names of the fixture apps, one per file in content/fixtures/.
FIXTURES_FILE = "course_fixtures.json"
FIXTURE_APPS = ()


def configure(app_root):
    """Sets Django up once. ``app_root`` holds the fixture apps, their list and the empty demo app."""
    import django
    from django.conf import settings

    global FIXTURE_APPS
    with open(os.path.join(app_root, FIXTURES_FILE)) as names:
        FIXTURE_APPS = tuple(json.load(names))

    # Pyodide runs everything on one thread inside an event loop, which Django's async-safety
    # check mistakes for async code; samples here are synchronous.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    if app_root not in sys.path:
        sys.path.insert(0, app_root)
    settings.configure(
        DEBUG=True,  # Django records connection.queries only with DEBUG on.
        SECRET_KEY="course-samples-only-not-a-secret",
        DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
        INSTALLED_APPS=["django.contrib.contenttypes", "django.contrib.auth", *FIXTURE_APPS, DEMO_APP],
        DEFAULT_AUTO_FIELD="django.db.models.BigAutoField",
        USE_TZ=True,
        TIME_ZONE="UTC",
        # The translation catalogues are left out of the bundle to keep it small.
        USE_I18N=False,
        CACHES={"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}},
        # Pyodide has no OpenSSL, so the default PBKDF2 hasher is unavailable. Never use MD5
        # for real passwords; it is here only so samples can create users.
        PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"],
        LOGGING_CONFIG=None,
        # The variable set above is this sandbox's business, not the sample's: keep the check
        # that warns about it out of `check --deploy` output.
        SILENCED_SYSTEM_CHECKS=["async.E001"],
    )
    django.setup()
    _create_demo_tables_on_definition()
    global _BASELINE
    _BASELINE = _Baseline()
    _BASELINE.module["_BASELINE"] = _BASELINE


class _Baseline:
    """What a sample may change that outlives it, as configure() left it, to restore before each run."""

    def __init__(self):
        import builtins
        import logging

        from django.conf import settings
        from django.core.checks.registry import registry

        self.module = dict(globals())
        # The runner's own functions and methods, which a sample could rewrite in place.
        functions = [*self.module.values(), *vars(_Baseline).values()]
        self.code = [(function, function.__code__, function.__defaults__) for function in functions if hasattr(function, "__code__")]
        self.builtins = dict(vars(builtins))
        self.settings = dict(vars(settings._wrapped))
        self.checks = (set(registry.registered_checks), set(registry.deployment_checks))
        manager = logging.Logger.manager
        self.logging_disable = manager.disable
        self.loggers = {name: _logger_state(logger) for name, logger in [("", logging.root), *manager.loggerDict.items()] if isinstance(logger, logging.Logger)}
        # Signals that modules imported later define are left alone: their receivers are the
        # modules' own, connected at import.
        self.signals = [(signal, list(signal.receivers)) for signal in _signals()]

    def restore(self):
        import builtins
        import logging

        from django.conf import settings
        from django.core.checks.registry import registry

        for function, code, defaults in self.code:
            function.__code__, function.__defaults__ = code, defaults
        _restore_namespace(globals(), self.module)
        _restore_namespace(vars(builtins), self.builtins)
        _restore_namespace(vars(settings._wrapped), self.settings)
        # LazySettings keeps a copy of each setting read through it.
        for name in [name for name in vars(settings) if name.isupper()]:
            vars(settings).pop(name)
        registry.registered_checks, registry.deployment_checks = set(self.checks[0]), set(self.checks[1])
        logging.disable(self.logging_disable)
        for name, logger in [("", logging.root), *logging.Logger.manager.loggerDict.items()]:
            if isinstance(logger, logging.Logger):
                _restore_logger(logger, self.loggers.get(name))
        for signal, receivers in self.signals:
            signal.receivers[:] = receivers
            signal.sender_receivers_cache.clear()


def _restore_namespace(namespace, saved):
    """Makes a dict equal to ``saved`` again, in place (modules and objects hold it)."""
    for name in [name for name in namespace if name not in saved]:
        del namespace[name]
    namespace.update(saved)


_BASELINE = None


def _logger_state(logger):
    return (logger.level, list(logger.handlers), list(logger.filters), logger.propagate, logger.disabled)


def _restore_logger(logger, state):
    """Puts a logger back as it was, or, for one a sample created, as a fresh one."""
    level, handlers, filters, propagate, disabled = state or (0, [], [], True, False)
    logger.setLevel(level)
    logger.handlers[:] = handlers
    logger.filters[:] = filters
    logger.propagate = propagate
    logger.disabled = disabled


def _signals():
    """Every Django signal a loaded module defines at its top level (a sample's own die with it)."""
    from django.dispatch import Signal

    found = {}
    for module in list(sys.modules.values()):
        for value in list(getattr(module, "__dict__", {}).values()):
            if isinstance(value, Signal):
                found[id(value)] = value
    return list(found.values())


def _create_demo_tables_on_definition():
    from django.db import connection
    from django.db.models.signals import class_prepared

    def create(model):
        recorded = len(connection.queries_log)
        with connection.schema_editor() as editor:
            editor.create_model(model)
        # Creating the table is the runner's work, not the sample's: keep it out of the count.
        while len(connection.queries_log) > recorded:
            connection.queries_log.pop()

    def create_table(sender, **kwargs):
        meta = sender._meta
        # An automatic many-to-many table is created with the model that declares the field.
        if meta.app_label != DEMO_APP or meta.abstract or meta.proxy or not meta.managed or meta.auto_created:
            return
        # Create the table once Django has registered the model and resolved its relations (a
        # forward reference, "self", a ManyToManyField's through model): class_prepared fires
        # before that, when a many-to-many table cannot be made yet. Waiting for the model
        # itself first queues this after Django's own resolvers.
        own = (meta.app_label, meta.model_name)
        sender._meta.apps.lazy_model_operation(lambda *models: create(sender), own, *_unresolved_relations(sender))

    class_prepared.connect(create_table, weak=False)


def _unresolved_relations(model):
    """(app_label, model_name) of every model that a relation of ``model`` still names by string."""
    own = (model._meta.app_label, model._meta.model_name)
    pending = set()
    for field in [*model._meta.local_fields, *model._meta.local_many_to_many]:
        remote = getattr(field, "remote_field", None)
        for target in (getattr(remote, "model", None), getattr(remote, "through", None)):
            if isinstance(target, str):
                if target == "self":
                    pending.add(own)
                    continue
                label = target if "." in target else f"{model._meta.app_label}.{target}"
                app_label, model_name = label.split(".")
                pending.add((app_label, model_name.lower()))
    return sorted(pending)


def _fresh_database(fixture):
    """A new empty in-memory database with every installed model's table, seeded."""
    from django.apps import apps
    from django.core.cache import cache
    from django.db import connection, reset_queries
    from django.db.backends.base.base import BaseDatabaseWrapper

    # Django ignores close() on an in-memory SQLite database to protect its data; closing it for
    # real is the point here: the next query opens a new connection, hence a new empty database.
    BaseDatabaseWrapper.close(connection)
    # Forget models a previous sample defined, so the same sample can define them again.
    apps.all_models[DEMO_APP].clear()
    # A sample that failed half-way can leave operations waiting for demo models it never defined.
    for key in [key for key in apps._pending_operations if key[0] == DEMO_APP]:
        del apps._pending_operations[key]
    apps.clear_cache()
    cache.clear()
    with connection.schema_editor() as editor:
        for model in apps.get_models():
            if model._meta.managed and not model._meta.proxy:
                editor.create_model(model)
    if fixture:
        if fixture not in FIXTURE_APPS:
            raise ValueError(f"Unknown fixture {fixture!r}; known fixtures: {', '.join(FIXTURE_APPS)}")
        __import__(f"{fixture}.models", fromlist=["seed"]).seed()
    reset_queries()


def _learner_traceback(error):
    """The traceback from the sample's own lines down, without the runner's frames."""
    frames = [frame for frame in traceback.extract_tb(error.__traceback__) if frame.filename == SAMPLE_FILENAME]
    # Written out by hand rather than with format_list(), whose caret markers change between
    # Python versions: the same sample must print the same traceback everywhere.
    lines = ["Traceback (most recent call last):\n"] if frames else []
    for frame in frames:
        lines.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}\n')
        if frame.line:
            lines.append(f"    {frame.line.strip()}\n")
    lines += traceback.format_exception_only(type(error), error)
    return "".join(lines)


def restore_baseline():
    """Undoes what earlier samples changed outside their own namespace (see _Baseline)."""
    if _BASELINE is not None:
        _BASELINE.restore()


def run_sample(code, fixture=None):
    """Runs one sample; returns its output, any error, and the SQL it ran. Call restore_baseline() first."""
    _fresh_database(fixture)
    return _execute(code, {"__name__": "__main__"})


CHECKS_FILENAME = "<checks>"


class CheckFailed(Exception):
    """Raised by a check (through expect() or fail()) with the sentence the learner reads."""


class _QueryCapture:
    """The SQL a block of code ran: ``with count_queries() as run: ...``, then ``len(run)`` and ``run.sql``."""

    def __init__(self):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        self._context = CaptureQueriesContext(connection)
        self.sql = []

    def __enter__(self):
        self._context.__enter__()
        return self

    def __exit__(self, *exc):
        self._context.__exit__(*exc)
        self.sql = [query["sql"] for query in self._context.captured_queries]
        return False

    def __len__(self):
        return len(self.sql)


def _check_api(namespace, output, queries, state_before):
    """The names a check can use, made fresh for each run (see content/README.md, "Exercises")."""
    import time

    checks = []

    def check(title):
        def register(function):
            checks.append((title, function))
            return function

        return register

    def fail(message):
        raise CheckFailed(message)

    def expect(condition, message):
        if not condition:
            raise CheckFailed(message)

    def defined(name, kind=None):
        value = namespace.get(name)
        if value is None:
            raise CheckFailed(f"Your code does not define `{name}`, which the task asks for.")
        if kind == "function" and not callable(value):
            raise CheckFailed(f"`{name}` should be a function, but your code makes it a {type(value).__name__}.")
        if kind == "model" and not hasattr(value, "_meta"):
            raise CheckFailed(f"`{name}` should be a Django model class (a subclass of models.Model).")
        return value

    def raises(exception_type, function, message):
        try:
            function()
        except exception_type as error:
            return error
        raise CheckFailed(message)

    def timed(function):
        started = time.perf_counter()
        function()
        return time.perf_counter() - started

    def pending_migrations(app_label=DEMO_APP):
        return _pending_operations(state_before, app_label)

    api = {
        "check": check,
        "fail": fail,
        "expect": expect,
        "defined": defined,
        "raises": raises,
        "timed": timed,
        "count_queries": _QueryCapture,
        "pending_migrations": pending_migrations,
        "learner": namespace,
        "output": output,
        "queries": queries,
    }
    return api, checks


def _pending_operations(state_before, app_label):
    """What ``makemigrations`` would write for ``app_label`` since ``state_before``, one line per operation."""
    from django.apps import apps
    from django.db.migrations.autodetector import MigrationAutodetector
    from django.db.migrations.graph import MigrationGraph
    from django.db.migrations.questioner import NonInteractiveMigrationQuestioner
    from django.db.migrations.state import ProjectState

    after = ProjectState.from_apps(apps)
    questioner = NonInteractiveMigrationQuestioner(specified_apps={app_label}, dry_run=True)
    changes = MigrationAutodetector(state_before, after, questioner).changes(graph=MigrationGraph(), trim_to_apps={app_label})
    return [operation.describe() for migration in changes.get(app_label, []) for operation in migration.operations]


def run_exercise(code, fixture, checks_source):
    """Runs a learner's code, then the exercise's checks on what it left. Call restore_baseline() first.

    Returns the run as run_sample does, plus ``checks``: one ``{"title", "passed", "message"}``
    per check in the order the exercise defines them. A check whose own code fails (not through
    expect or fail) reports ``broken`` with a sentence, never a traceback: the build refuses an
    exercise whose solution or starter code breaks a check.
    """
    from django.apps import apps
    from django.db import connection
    from django.db.migrations.state import ProjectState

    _fresh_database(fixture)
    state_before = ProjectState.from_apps(apps)
    namespace = {"__name__": "__main__"}
    result = _execute(code, namespace)
    result["checks"] = []
    if result["error"]:
        return result
    api, checks = _check_api(namespace, result["output"], [query["sql"] for query in connection.queries], state_before)
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            exec(compile(checks_source, CHECKS_FILENAME, "exec"), api)
    except BaseException as error:  # noqa: BLE001 - the checks' own set-up, reported like a broken check
        message = f"The checks could not start on your code ({type(error).__name__}: {error}). Compare your code with what the task asks for."
        result["checks"].append({"title": "The checks start", "passed": False, "message": message, "broken": True})
        return result
    for title, function in checks:
        outcome = {"title": title, "passed": False, "message": "", "broken": False}
        try:
            with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
                function()
            outcome["passed"] = True
        except (CheckFailed, AssertionError) as failure:
            outcome["message"] = str(failure) or "This check did not pass."
        except BaseException as error:  # noqa: BLE001 - reported as a sentence, see the docstring
            outcome["broken"] = True
            outcome["message"] = f"This check could not run on your code ({type(error).__name__}: {error}). Compare your code with what the task asks for."
        result["checks"].append(outcome)
    return result


def _execute(code, namespace):
    """Runs code as the learner's module, capturing its output, its error and the SQL it ran."""
    from django.db import connection

    linecache.cache[SAMPLE_FILENAME] = (len(code), None, code.splitlines(True), SAMPLE_FILENAME)
    output = io.StringIO()
    error = None
    with contextlib.redirect_stdout(output), contextlib.redirect_stderr(output):
        try:
            exec(compile(code, SAMPLE_FILENAME, "exec"), namespace)
        except SyntaxError as exc:
            error = "".join(traceback.format_exception_only(type(exc), exc))
        except BaseException as exc:  # noqa: BLE001 - any failure is the learner's to read
            error = _learner_traceback(exc)
    queries = [_format_sql(query["sql"]) for query in connection.queries]
    return {"output": output.getvalue(), "error": error, "queries": queries}


def _format_sql(sql):
    """One query laid out for reading: a clause per line, keywords in capitals."""
    import sqlparse

    return sqlparse.format(sql, reindent=True, keyword_case="upper")


if __name__ == "__main__":
    # For authors: python src/runnable/python/course_runner.py SAMPLE.py [FIXTURE]
    import tempfile

    sample_path, *rest = sys.argv[1:]
    root = tempfile.mkdtemp()
    fixtures_dir = os.path.join(os.path.dirname(__file__), "..", "..", "..", "content", "fixtures")
    fixtures = sorted(name[: -len(".py")] for name in os.listdir(fixtures_dir) if name.endswith(".py"))
    with open(os.path.join(root, FIXTURES_FILE), "w") as names:
        json.dump(fixtures, names)
    for app in fixtures:
        os.makedirs(os.path.join(root, app))
        open(os.path.join(root, app, "__init__.py"), "w").close()
        with open(os.path.join(fixtures_dir, f"{app}.py")) as source, open(os.path.join(root, app, "models.py"), "w") as target:
            target.write(source.read())
    os.makedirs(os.path.join(root, DEMO_APP))
    open(os.path.join(root, DEMO_APP, "__init__.py"), "w").close()
    open(os.path.join(root, DEMO_APP, "models.py"), "w").close()
    configure(root)
    with open(sample_path) as sample:
        result = run_sample(sample.read(), rest[0] if rest else None)
    print(result["output"], end="")
    if result["error"]:
        print(result["error"], end="")
    print(f"--- {len(result['queries'])} queries", file=sys.stderr)
    for query in result["queries"]:
        print(query, file=sys.stderr)
