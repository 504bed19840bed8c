"""Builds the Python runtime the runnable examples use, into one folder the site serves.

    python3 src/runnable/build_runtime.py --pyodide node_modules/pyodide --fixtures content/fixtures --cache DIR --out DIR

- downloads the pinned Django wheels with pip into the cache (once; never into the repository);
- writes a zip of Django, asgiref, sqlparse, the course runner and the fixture apps (one per
  file in the fixtures folder, named after it), without the parts the examples never import
  (translations, static files, gis, postgres);
- copies Pyodide's runtime files and the licence notices;
- writes runtime.json naming every file, so pages and tests find them.

Run by the Astro build (src/integrations/python-runtime.ts) and the test set-up; by hand only to debug.
"""

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import zipfile

# tzdata gives zoneinfo its time zones: Pyodide has no system database, and USE_TZ needs one.
WHEELS = {"django": "5.2.17", "asgiref": "3.12.1", "sqlparse": "0.6.0", "tzdata": "2026.4"}
PYODIDE_FILES = ["pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json"]
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def skipped(name):
    """Parts of the wheels the examples never import, left out to keep the download small."""
    parts = name.split("/")
    return (
        name.endswith((".mo", ".po", ".pyc"))
        or "static" in parts
        or name.startswith(("django/contrib/gis/", "django/contrib/postgres/", "django/contrib/admindocs/"))
        or (name.startswith("django/contrib/admin/") and "templates" in parts)
    )


def wheel_path(cache, package, version):
    prefix = f"{package}-{version}-"
    for name in os.listdir(cache):
        if name.lower().startswith(prefix) and name.endswith(".whl"):
            return os.path.join(cache, name)
    return None


def download_wheels(cache):
    os.makedirs(cache, exist_ok=True)
    missing = [f"{package}=={version}" for package, version in WHEELS.items() if not wheel_path(cache, package, version)]
    if missing:
        print(f"Downloading {', '.join(missing)} with pip into {cache}", flush=True)
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary=:all:", "--dest", cache, *missing], check=True)
    return {package: wheel_path(cache, package, version) for package, version in WHEELS.items()}


def fixture_apps(folder):
    """The fixtures, by name: each fixtures/<name>.py becomes the models of an app <name>."""
    return sorted(name[: -len(".py")] for name in os.listdir(folder) if name.endswith(".py"))


def write_bundle(wheels, fixtures_folder, out):
    """The zip unpacked into site-packages: the libraries plus the course's own Python files."""
    temporary = os.path.join(out, "bundle.tmp.zip")
    with zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as bundle:
        for package, wheel in wheels.items():
            with zipfile.ZipFile(wheel) as source:
                for name in sorted(source.namelist()):
                    if name.startswith(f"{package}/") and not name.endswith("/") and not skipped(name):
                        bundle.writestr(name, source.read(name))
        bundle.write(os.path.join(HERE, "python", "course_runner.py"), "course_runner.py")
        fixtures = fixture_apps(fixtures_folder)
        for app in fixtures:
            bundle.writestr(f"{app}/__init__.py", "")
            bundle.write(os.path.join(fixtures_folder, f"{app}.py"), f"{app}/models.py")
        # The runner reads which apps are fixtures from here (course_runner.FIXTURES_FILE).
        bundle.writestr("course_fixtures.json", json.dumps(fixtures))
        bundle.writestr("demo/__init__.py", "")
        bundle.writestr("demo/models.py", "")
    digest = hashlib.sha256(open(temporary, "rb").read()).hexdigest()[:10]
    name = f"django-{WHEELS['django']}-{digest}.zip"
    os.replace(temporary, os.path.join(out, name))
    return name


def copy_licences(wheels, out):
    folder = os.path.join(out, "licenses")
    os.makedirs(folder, exist_ok=True)
    for package, wheel in wheels.items():
        label = {"django": "Django"}.get(package, package)
        with zipfile.ZipFile(wheel) as source:
            for name in source.namelist():
                base = os.path.basename(name)
                if ".dist-info/licenses/" in name and base.startswith("LICENSE"):
                    suffix = base[len("LICENSE"):]
                    with open(os.path.join(folder, f"{label}-LICENSE{suffix}.txt"), "wb") as target:
                        target.write(source.read(name))
    for name in os.listdir(os.path.join(HERE, "licenses")):
        shutil.copy(os.path.join(HERE, "licenses", name), folder)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pyodide", required=True, help="the npm pyodide package folder")
    parser.add_argument("--fixtures", required=True, help="the folder of fixture apps, one <name>.py each")
    parser.add_argument("--cache", required=True, help="where downloaded wheels are kept")
    parser.add_argument("--out", required=True, help="the runtime folder to write")
    args = parser.parse_args()

    wheels = download_wheels(args.cache)
    if os.path.isdir(args.out):
        shutil.rmtree(args.out)
    os.makedirs(args.out)
    with open(os.path.join(args.pyodide, "package.json")) as package:
        pyodide_version = json.load(package)["version"]
    pyodide_folder = f"pyodide-{pyodide_version}"
    os.makedirs(os.path.join(args.out, pyodide_folder))
    for name in PYODIDE_FILES:
        shutil.copy(os.path.join(args.pyodide, name), os.path.join(args.out, pyodide_folder, name))
    bundle = write_bundle(wheels, args.fixtures, args.out)
    copy_licences(wheels, args.out)
    manifest = {"pyodide": f"{pyodide_folder}/", "pyodideVersion": pyodide_version, "bundle": bundle, "packages": WHEELS, "fixtures": fixture_apps(args.fixtures)}
    with open(os.path.join(args.out, "runtime.json"), "w") as target:
        json.dump(manifest, target, indent=2)
    print(f"Python runtime ready in {args.out}: Pyodide {pyodide_version}, {bundle}")


if __name__ == "__main__":
    main()
