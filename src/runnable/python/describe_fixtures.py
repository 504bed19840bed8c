"""Describes the tables of the fixture apps, as Django itself sees them, for the ER diagrams.

    python3 src/runnable/python/describe_fixtures.py BUNDLE.zip

BUNDLE.zip is the runtime bundle build_runtime.py writes (Django and the fixture apps). CPython
imports straight from the zip, so the diagrams are drawn from exactly the models the runnable
samples run, with no install. Prints JSON: one entry per fixture app, with every table (the
auto-created many-to-many tables too), its columns and its relations. Read by
src/integrations/fixture-schemas.ts, checked by src/schemas/fixture-schema.ts.
"""

import json
import sys
import zipfile

FIXTURES_FILE = "course_fixtures.json"


def field_type(field):
    """A short Django type: CharField(100), DecimalField(6, 2), ForeignKey."""
    name = field.get_internal_type()
    if name == "CharField" or name == "EmailField":
        return f"{type(field).__name__}({field.max_length})"
    if name == "DecimalField":
        return f"DecimalField({field.max_digits}, {field.decimal_places})"
    return type(field).__name__


def describe_column(field, connection):
    target = field.related_model if field.is_relation else None
    return {
        "name": field.name,
        "column": field.column,
        "type": field_type(field),
        "dbType": field.db_type(connection) or "",
        "primaryKey": bool(field.primary_key),
        "unique": bool(field.unique) and not field.primary_key,
        "null": bool(field.null),
        "references": target._meta.db_table if target is not None else None,
    }


def on_delete_name(field):
    return getattr(field.remote_field.on_delete, "__name__", "")


def describe_model(model, connection):
    meta = model._meta
    columns = [describe_column(field, connection) for field in meta.local_concrete_fields]
    relations = []
    for field in meta.local_concrete_fields:
        if field.is_relation:
            relations.append({
                "field": field.name,
                "kind": "one-to-one" if field.one_to_one else "many-to-one",
                "to": field.related_model._meta.db_table,
                "relatedName": field.remote_field.related_name or f"{meta.model_name}_set",
                "onDelete": on_delete_name(field),
            })
    for field in meta.local_many_to_many:
        relations.append({
            "field": field.name,
            "kind": "many-to-many",
            "to": field.related_model._meta.db_table,
            "relatedName": field.remote_field.related_name or f"{meta.model_name}_set",
            "through": field.remote_field.through._meta.db_table,
        })
    return {
        "model": meta.object_name,
        "table": meta.db_table,
        # Django creates the table behind a ManyToManyField itself; no class names it.
        "autoCreated": bool(meta.auto_created),
        "createdBy": f"{meta.auto_created.__name__}.{next(f.name for f in meta.auto_created._meta.local_many_to_many if f.remote_field.through is model)}" if meta.auto_created else None,
        "columns": columns,
        "relations": relations,
    }


def main():
    bundle = sys.argv[1]
    sys.path.insert(0, bundle)
    with zipfile.ZipFile(bundle) as archive:
        apps = json.loads(archive.read(FIXTURES_FILE))

    import django
    from django.apps import apps as registry
    from django.conf import settings
    from django.db import connection

    settings.configure(
        INSTALLED_APPS=list(apps),
        DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
        DEFAULT_AUTO_FIELD="django.db.models.BigAutoField",
        USE_I18N=False,
    )
    django.setup()
    result = []
    for app in apps:
        # get_models(include_auto_created=True) keeps the order the classes are defined in.
        models = registry.get_app_config(app).get_models(include_auto_created=True)
        result.append({"app": app, "tables": [describe_model(model, connection) for model in models]})
    json.dump(result, sys.stdout, indent=1)


if __name__ == "__main__":
    main()
