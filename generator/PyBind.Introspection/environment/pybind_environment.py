"""What a project environment holds for its requirements: run by the environment's own python after pip installed.

    python pybind_environment.py <requirements file> <pip report (json)>

prints one JSON object: "lock", the distributions the requirements need (themselves and what they require, followed
through the installed metadata, markers and extras evaluated), as "Name==version" lines in pip freeze form; and
"extraneous", the environment's own distributions nothing requires any more (a requirement that was removed).
"""
import importlib.metadata
import json
import os
import re
import sys
import sysconfig

from pip._vendor.packaging.requirements import InvalidRequirement, Requirement

BOOTSTRAP = {"pip", "setuptools"}  # what venv installs by itself


def key(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def requested_names(requirements_file, report_file):
    names = set()
    try:
        # pip's own parser: nested -r files, options, wheels and paths, as pip read them.
        from pip._internal.network.session import PipSession
        from pip._internal.req.constructors import install_req_from_parsed_requirement
        from pip._internal.req.req_file import parse_requirements

        for parsed in parse_requirements(requirements_file, session=PipSession()):
            requirement = install_req_from_parsed_requirement(parsed)
            if requirement.name:
                names.add(key(requirement.name))
    except Exception as error:  # pip's internals moved: the report below still names what it installed on request
        print("pybind: pip's requirement parser is unavailable (%s)" % error, file=sys.stderr)
    with open(report_file, encoding="utf-8") as report:
        for item in json.load(report).get("install", []):
            if item.get("requested"):
                names.add(key(item["metadata"]["name"]))
    return names


def installed():
    found = {}
    for dist in importlib.metadata.distributions():
        name = dist.metadata["Name"]
        if name and key(name) not in found:  # the first on sys.path is the one that imports
            found[key(name)] = dist
    return found


def closure(roots, dists):
    needed, pending = {}, [(name, ("",)) for name in roots]
    while pending:
        name, extras = pending.pop()
        dist = dists.get(name)
        if dist is None or (name in needed and set(extras) <= needed[name][1]):
            continue
        needed[name] = (dist, needed.get(name, (dist, set()))[1] | set(extras))
        for spec in dist.requires or []:
            try:
                requirement = Requirement(spec)
            except InvalidRequirement:
                continue
            if requirement.marker and not any(requirement.marker.evaluate({"extra": extra}) for extra in extras):
                continue
            pending.append((key(requirement.name), ("",) + tuple(sorted(requirement.extras))))
    return {name: value[0] for name, value in needed.items()}


def main(requirements_file, report_file):
    dists = installed()
    needed = closure(requested_names(requirements_file, report_file), dists)
    own = {os.path.normcase(os.path.realpath(sysconfig.get_path(p))) for p in ("purelib", "platlib")}
    extraneous = sorted(
        dist.metadata["Name"]
        for name, dist in dists.items()
        if name not in needed and name not in BOOTSTRAP
        and os.path.normcase(os.path.realpath(str(dist.locate_file("")))) in own
    )
    lock = sorted(("%s==%s" % (dist.metadata["Name"], dist.version) for dist in needed.values()), key=str.lower)
    json.dump({"lock": lock, "extraneous": extraneous}, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
