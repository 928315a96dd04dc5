"""Generate `signalwire_async/swml/_verbs.py` (one typed builder method per SWML verb, and the
table `build()` checks documents against) from the SWML schema's facts.

    python scripts/generate_swml.py            # write the module
    python scripts/generate_swml.py --check    # exit 1, with a diff, when it is out of date
    python scripts/generate_swml.py --facts-from PATH/schema.json   # refresh the facts first

The input is `scripts/swml_schema_facts.json`: the SWML JSON Schema (`SWMLObject.json`, as
shipped in `signalwire-sdk` 3.7.5 as `signalwire/schema.json`) reduced to its facts (names,
types, enums, required keys, bounds). Descriptions, titles, examples and defaults are dropped
by `--facts-from`: the docs' prose is CC BY-NC-SA and does not belong in this repository.
"""

from __future__ import annotations

import argparse
import json
import keyword
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

SCRIPTS = Path(__file__).resolve().parent
ROOT = SCRIPTS.parent
FACTS = "scripts/swml_schema_facts.json"
OUTPUT = "signalwire_async/swml/_verbs.py"

# The schema keywords that are facts; everything else (prose, examples) is dropped.
FACT_KEYWORDS = {
    "$defs", "$ref", "additionalProperties", "anyOf", "const", "deprecated", "enum", "format",
    "items", "maximum", "minItems", "minLength", "minProperties", "minimum", "not", "oneOf",
    "pattern", "properties", "required", "type", "unevaluatedProperties", "uniqueItems",
}  # fmt: skip
# Written by hand in `swml/_builder.py` with the official builder's signatures.
HAND_WRITTEN = {"ai", "play", "sleep", "set"}
# Positional parameters, in the schema's order, as the official builder takes them.
POSITIONAL = {"answer", "hangup"}
JSON_TYPES = {
    "string": "str",
    "integer": "int",
    "number": "float",
    "boolean": "bool",
    "null": "None",
    "object": "dict[str, Any]",
}
MAX_DEPTH = 3  # nested objects deeper than this are typed `dict[str, Any]`


def facts_of(node: Any) -> Any:
    if isinstance(node, list):
        return [facts_of(item) for item in node]
    if not isinstance(node, dict):
        return node
    kept: dict[str, Any] = {}
    for key, value in node.items():
        if key in ("properties", "$defs"):
            kept[key] = {name: facts_of(sub) for name, sub in value.items()}
        elif key in FACT_KEYWORDS:
            kept[key] = facts_of(value)
    return kept


class Schema:
    def __init__(self, facts: dict[str, Any]) -> None:
        self.defs: dict[str, Any] = facts["$defs"]

    def resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in node:
            node = self.defs[node["$ref"].rsplit("/", 1)[-1]]
        return node

    def alternatives(self, node: dict[str, Any]) -> list[dict[str, Any]]:
        node = self.resolve(node)
        alts = node.get("oneOf") or node.get("anyOf")
        if not alts:
            return [node]
        return [leaf for alt in alts for leaf in self.alternatives(alt)]

    def json_types(self, node: dict[str, Any]) -> set[str]:
        """The JSON types a value may have; empty when any is allowed."""
        found: set[str] = set()
        for alt in self.alternatives(node):
            kind = alt.get("type")
            if kind is None and "const" not in alt and "enum" not in alt:
                return set()
            if kind is None:
                values = [alt["const"]] if "const" in alt else alt["enum"]
                found.update(json_type_of(v) for v in values)
            else:
                found.update([kind] if isinstance(kind, str) else kind)
        return found

    def literals(self, node: dict[str, Any]) -> list[Any] | None:
        """The allowed values when the node is only constants (SWML variables aside)."""
        values: list[Any] = []
        for alt in self.alternatives(node):
            if "const" in alt:
                values.append(alt["const"])
            elif "enum" in alt:
                values.extend(alt["enum"])
            elif alt.get("pattern", "").startswith("^[\\$%]"):
                continue  # a SWML variable reference
            else:
                return None
        return values or None

    def annotation(self, node: dict[str, Any], depth: int = 0) -> str:
        parts: list[str] = []
        consts: list[Any] = []
        for alt in self.alternatives(node):
            if "const" in alt or "enum" in alt:
                consts.extend([alt["const"]] if "const" in alt else alt["enum"])
                continue
            kind = alt.get("type")
            kinds = [kind] if isinstance(kind, str) else (kind or [])
            if not kinds:
                return "Any"
            for one in kinds:
                if one == "array":
                    item = self.annotation(alt.get("items", {}), depth + 1)
                    parts.append(f"list[{item}]")
                else:
                    parts.append(JSON_TYPES[one])
        if consts and "str" not in parts:
            parts.insert(0, f"Literal[{', '.join(repr(c) for c in dict.fromkeys(consts))}]")
        return " | ".join(dict.fromkeys(parts)) or "Any"


def json_type_of(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if value is None:
        return "null"
    return "string"


def verb_nodes(schema: Schema) -> Iterable[tuple[str, dict[str, Any]]]:
    for ref in schema.defs["SWMLMethod"]["anyOf"]:
        wrapper = schema.resolve(ref)
        ((verb, body),) = wrapper["properties"].items()
        yield verb, body


def spec_of(schema: Schema, verb: str, body: dict[str, Any]) -> dict[str, Any]:
    """The verb's kind (`params`: an object of known keys; `vars`: any keys; `value`: not an
    object), its parameters (name: annotation, JSON types, literals) and required ones."""
    alts = schema.alternatives(body)
    objects = [a for a in alts if a.get("type") == "object"]
    if not objects or len(objects) != len(alts):
        return {"kind": "value", "annotation": schema.annotation(body), "params": {}}
    if all(
        not o.get("properties") and o.get("unevaluatedProperties") != {"not": {}} for o in objects
    ):
        return {"kind": "vars", "params": {}}
    params: dict[str, Any] = {}
    for obj in objects:
        for name, sub in obj.get("properties", {}).items():
            params.setdefault(name, {
                "annotation": schema.annotation(sub),
                "types": sorted(schema.json_types(sub)),
                "literals": schema.literals(sub),
            })  # fmt: skip
    required = set.intersection(*(set(o.get("required", [])) for o in objects))
    return {"kind": "params", "params": params, "required": sorted(required)}


def method_name(verb: str) -> str:
    return f"{verb}_" if keyword.iskeyword(verb) else verb


def arg_name(param: str) -> str:
    return f"{param}_" if keyword.iskeyword(param) else param


def render_method(verb: str, spec: dict[str, Any]) -> list[str]:
    name = method_name(verb)
    doc = f'        """Add a `{verb}` step to the current section."""'
    if spec["kind"] == "value":
        return [
            f"    def {name}(self, value: {spec['annotation']}, /) -> Self:",
            doc,
            f"        return self.add_verb({verb!r}, value)",
        ]
    required = spec["required"]
    star = "" if verb in POSITIONAL else "*, "
    args = [f"{arg_name(p)}: {spec['params'][p]['annotation']}" for p in required]
    args += [
        f"{arg_name(p)}: {info['annotation']} | None = None"
        for p, info in spec["params"].items()
        if p not in required
    ]
    signature = ", ".join(["self", *([star.rstrip(", ")] if star and args else []), *args])
    given = ", ".join(f"{p!r}: {arg_name(p)}" for p in spec["params"])
    return [
        f"    def {name}({signature}, **unknown: Never) -> Self:",
        doc,
        f"        return self._add_given({verb!r}, {{{given}}}, unknown)",
    ]


HEADER = '''"""GENERATED by scripts/generate_swml.py from its schema facts: do not edit.

One method per SWML verb, typed from the schema, and the table documents are checked against.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

from ._spec import Param, Verb

if TYPE_CHECKING:  # typing_extensions costs more to import than this whole package
    from typing_extensions import Never, Self

'''


def render(facts: dict[str, Any]) -> str:
    schema = Schema(facts)
    specs = {verb: spec_of(schema, verb, body) for verb, body in verb_nodes(schema)}
    lines = [HEADER, "VERBS: Mapping[str, Verb] = {"]
    for verb, spec in specs.items():
        params = ", ".join(
            f"{p!r}: Param({tuple(info['types'])!r}, "
            f"{tuple(info['literals']) if info['literals'] else None!r})"
            for p, info in spec["params"].items()
        )
        lines.append(
            f"    {verb!r}: Verb({spec['kind']!r}, {{{params}}}, "
            f"frozenset({spec.get('required', [])!r})),"
        )
    lines += [
        "}",
        "",
        "",
        "class GeneratedVerbs:",
        '    """The typed verb methods of `SWMLBuilder`."""',
        "",
    ]
    lines += [
        "    def add_verb(self, verb: str, config: Any) -> Self:",
        "        raise NotImplementedError",
        "",
        "    def _add_given(",
        "        self, verb: str, given: Mapping[str, Any], unknown: Mapping[str, Any]",
        "    ) -> Self:",
        "        raise NotImplementedError",
        "",
    ]
    for verb, spec in specs.items():
        if verb not in HAND_WRITTEN:
            lines += [*render_method(verb, spec), ""]
    return "\n".join(lines) + "\n"


def outputs() -> dict[str, str]:
    """What this stage writes (unformatted), by path; `scripts/generate.py` runs it too, so
    its `--check` covers this module. The facts are read from this checkout, as
    `generate_api` reads the declarations, whatever `--root` says."""
    return {OUTPUT: render(json.loads((ROOT / FACTS).read_text("utf-8")))}


def main(argv: list[str] | None = None) -> int:
    """Refresh the facts from a schema; writing and checking `_verbs.py` is
    `scripts/generate.py`'s job (this is one of its stages), so other arguments go there."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--facts-from", type=Path, help="a SWML JSON Schema to take facts from")
    args, rest = parser.parse_known_args(argv)
    if args.facts_from is not None:
        facts = facts_of(json.loads(args.facts_from.read_text("utf-8")))
        (ROOT / FACTS).write_text(json.dumps(facts, indent=1) + "\n", "utf-8")
        print(f"{FACTS} written; regenerating")
    driver = str(Path(__file__).resolve().with_name("generate.py"))
    return subprocess.call([sys.executable, driver, *rest])


if __name__ == "__main__":
    raise SystemExit(main())
