"""The contract: typed models (pydantic v2) for every input and output, the one validation path
of pages, API and sockets, and the source of the OpenAPI and AsyncAPI documents.

A feature declares its models in its `schemas.py` on these bases:

    class NewTopic(Input):
        title: Text(TITLE_MAX, min_length=TITLE_MIN, label="The title")
        raw: Body(POST_MAX, label="The post")

`Input` refuses fields it does not know ("pined" is an error, not ignored), `Query` ignores
them (browsers and proxies add their own), `Output` describes an answer. `parse(Model, data)`
turns a JSON object, a form or a socket payload into the model, or raises our
ValidationError with every field's messages at once ({field: [messages]}, the shape of pages'
form errors and of the API's problem details). Limits live here, once: the JSON Schema the
documents publish is generated from the same model that validates, so it cannot be looser.

Text rules, for every string: no control characters (tab and newlines aside; PostgreSQL also
refuses NUL), no lone surrogates, at least one visible character when required; a one-line
`Text` has no surrounding whitespace (say so in the schema, and say it to the member) so
that what is stored is exactly what was checked.
"""
from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Annotated, Any, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, Field
from pydantic import ValidationError as PydanticError
from pydantic.json_schema import GenerateJsonSchema, models_json_schema

from community.platform.errors import ValidationError
from community.platform.i18n import _, _l, _n, format_number
from community.platform.parsing import INT_MAX

M = TypeVar("M", bound=BaseModel)

_CONTROLS = "\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f"
# A line of text: visible characters at both ends, no control characters anywhere.
LINE_PATTERN = f"^[^\\s{_CONTROLS}]([^{_CONTROLS}]*[^\\s{_CONTROLS}])?$"
# A body of text (Markdown): at least one visible character, no control characters.
BODY_PATTERN = f"^[^{_CONTROLS}]*[^\\s{_CONTROLS}][^{_CONTROLS}]*$"
_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")


class _Base(BaseModel):
    model_config = ConfigDict(regex_engine="python-re", populate_by_name=True,
                              use_enum_values=True)


class Input(_Base):
    """A request body, a form, a socket payload: unknown fields are refused."""

    model_config = ConfigDict(extra="forbid")


class Query(_Base):
    """A query string: unknown parameters are ignored (caches and proxies add some)."""

    model_config = ConfigDict(extra="ignore")


class Output(_Base):
    """An answer's shape."""

    model_config = ConfigDict(extra="forbid")


def _no_surrogates(value: str) -> str:
    if _LONE_SURROGATE.search(value):
        raise ValueError(_("contains characters that are not text"))
    return value


def _crlf(value: str) -> str:
    return value.replace("\r\n", "\n")


def Text(max_length: int, *, min_length: int = 1, label: str = "", description: str = "",
         examples: list[str] | None = None) -> Any:
    """One line of text (a title, a name, a reason): no surrounding whitespace."""
    return Annotated[str, Field(min_length=min_length, max_length=max_length,
                                pattern=LINE_PATTERN, description=description or label,
                                examples=examples), AfterValidator(_no_surrogates)]


def Body(max_length: int, *, min_length: int = 1, label: str = "", description: str = "") -> Any:
    """Text that may span lines (Markdown): at least one visible character."""
    return Annotated[str, Field(min_length=min_length, max_length=max_length,
                                pattern=BODY_PATTERN, description=description or label),
                     AfterValidator(_no_surrogates), AfterValidator(_crlf)]


def Matching(pattern: str, message: str, *, max_length: int, description: str = "",
             upper: bool = False) -> Any:
    """A word of a fixed form (a tag, a username, a country code): the schema carries the
    pattern and the length, and a value that does not fit gets `message`, not a regular
    expression. `upper` stores it in capitals (country codes arrive as "gb" too). `message`
    may be lazily translated (`_l`): the member reads it in their language, the schema in
    English."""
    compiled = re.compile(pattern)

    def check(value: str) -> str:
        if len(value) > max_length or not compiled.fullmatch(value):
            raise ValueError(str(message))
        return value.upper() if upper else value

    return Annotated[str, Field(description=description or _english(message),
                                json_schema_extra={"pattern": pattern,
                                                   "maxLength": max_length}),
                     AfterValidator(check)]


def _english(text: Any) -> str:
    """A message as written (the schema's description), even a lazily translated one."""
    return getattr(text, "_args", (text,))[0] if not isinstance(text, str) else text


# A database id in JSON (the path's ids are checked by the `id` URL converter).
Id = Annotated[int, Field(ge=1, le=INT_MAX)]
# A page number: the API answers 422 for page 0 or -5, never the first page silently.
Page = Annotated[int, Field(ge=1, le=INT_MAX, description="page number, from 1")]


# ---------------------------------------------------------------- parsing

# Pydantic's error types as messages in the reader's language (made when the error is shown).
_MESSAGES = {
    "missing": _l("This field is required."),
    "extra_forbidden": _l("This field is not accepted here."),
    "string_type": _l("Send text here."),
    "int_type": _l("Send a whole number."),
    "int_parsing": _l("Send a whole number."),
    "bool_type": _l("Use true or false."),
    "bool_parsing": _l("Use true or false."),
    "list_type": _l("Send a list."),
    "dict_type": _l("Send an object."),
    "model_type": _l("Send an object."),
    "enum": _l("Choose one of the listed values."),
    "literal_error": _l("Choose one of the listed values."),
}


def _message(error: dict[str, Any]) -> str:
    kind, ctx = error["type"], error.get("ctx") or {}
    if kind == "string_too_short":
        return (_n("Write at least %(num)d character.", "Write at least %(num)d characters.",
                   ctx["min_length"]) if ctx["min_length"] > 1
                else _("This field is required."))
    if kind == "string_too_long":
        return _n("Write at most %(count)s character.", "Write at most %(count)s characters.",
                  ctx["max_length"], count=format_number(ctx["max_length"]))
    if kind == "string_pattern_mismatch":
        return (_("Remove spaces at the start and the end, and characters that are not text.")
                if ctx.get("pattern") == LINE_PATTERN else
                _("Write some text, without characters that are not text."))
    if kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        bound = next(iter(ctx.values()))
        bound = format_number(bound) if isinstance(bound, int | float) else bound
        return {"greater_than_equal": _("Use %(bound)s or more.", bound=bound),
                "less_than_equal": _("Use %(bound)s or less.", bound=bound),
                "greater_than": _("Use more than %(bound)s.", bound=bound),
                "less_than": _("Use less than %(bound)s.", bound=bound)}[kind]
    if kind in ("enum", "literal_error") and ctx.get("expected"):
        return _("Choose one of: %(values)s.", values=ctx["expected"].replace(chr(39), ""))
    if kind == "value_error":  # the validator's own message, made in the reader's language
        return str(ctx.get("error") or error["msg"]).rstrip(".") + "."
    if kind == "too_short":
        return _n("Give at least %(num)d item.", "Give at least %(num)d items.",
                  ctx["min_length"])
    if kind == "too_long":
        return _n("Give at most %(num)d item.", "Give at most %(num)d items.",
                  ctx["max_length"])
    template = _MESSAGES.get(kind)
    return str(template) if template else error["msg"] + "."


def errors_of(error: PydanticError) -> dict[str, list[str]]:
    """Pydantic's errors as {field: [messages]} ("_" for the whole object)."""
    found: dict[str, list[str]] = {}
    for item in error.errors(include_url=False):
        parts = list(item["loc"])
        while parts and isinstance(parts[-1], int):  # "tags.0" is about the tags
            parts.pop()
        location = ".".join(str(part) for part in parts) or "_"
        message = _message(item)
        if message not in found.setdefault(location, []):
            found[location].append(message)
    return found


def parse(model: type[M], data: Any, *, strict: bool = False) -> M:
    """`data` (a form's fields, a query string, a socket payload) as `model`, or one
    ValidationError with every field's messages. `strict` takes JSON's types at their word
    (the API and sockets: "5" is not a number, 1 is not true); forms and query strings arrive
    as text and are read leniently."""
    if not isinstance(data, Mapping):
        raise ValidationError({"_": [_("Send an object.")]})
    with_nul = sorted(str(key) for key, value in data.items() if _has_nul(key, value))
    if with_nul:  # never text anyone meant, and PostgreSQL refuses it
        raise ValidationError({key: [_("This contains a NUL character, which is not text.")]
                               for key in with_nul})
    try:
        if strict:
            return model.model_validate_json(json.dumps(dict(data)), strict=True)
        return model.model_validate(dict(data))
    except PydanticError as error:
        raise ValidationError(errors_of(error)) from None
    except (TypeError, ValueError):  # not JSON data at all (a socket's odd payload)
        raise ValidationError({"_": [_("Send JSON data.")]}) from None


def _has_nul(*values: Any) -> bool:
    for value in values:
        if isinstance(value, str) and "\x00" in value:
            return True
        if isinstance(value, Mapping) and _has_nul(*value.keys(), *value.values()):
            return True
        if isinstance(value, list | tuple) and _has_nul(*value):
            return True
    return False


class Refused:
    """A body that did not validate, handed to the view anyway: the view's own lookups run
    first (an unknown id is a 404 whatever the body), and the first use of the body raises
    its ValidationError (422)."""

    def __init__(self, error: ValidationError) -> None:
        self.error = error

    def __getattr__(self, name: str) -> Any:
        raise self.error


def coerce(model: type[M], data: M | Mapping[str, Any]) -> M:
    """What a service takes: the model itself (pages, API and sockets parse first), or a
    mapping from a caller inside Rounds (the demo, a task), parsed the same way."""
    if isinstance(data, Refused):
        raise data.error
    return data if isinstance(data, model) else parse(model, data)


def parse_form(model: type[M], form: Mapping[str, Any]) -> M:
    """A submitted form as `model`: text is trimmed (browsers keep what people paste) and an
    empty field counts as not given, so optional fields take their defaults and required
    ones say they are required."""
    data = {}
    for key, value in form.items():
        if key in ("csrf_token", "idempotency_key"):  # the key: community.platform.idempotency
            continue
        if isinstance(value, str):
            value = value.replace("\r\n", "\n").strip()
            if value == "":
                continue
        data[key] = value
    return parse(model, data)


def dump(value: Any, model: type[BaseModel] | None = None) -> Any:
    """An answer as JSON data, checked against its model when one is declared."""
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if model is not None:
        return model.model_validate(value).model_dump(mode="json", by_alias=True,
                                                      exclude_unset=True)
    return value


# ---------------------------------------------------------------- JSON Schema

REF = "#/components/schemas/{model}"


class _Generator(GenerateJsonSchema):
    """JSON Schema 2020-12 as OpenAPI 3.1 wants it, with our $ref template."""

    def generate(self, schema: Any, mode: Any = "validation") -> Any:
        generated = super().generate(schema, mode=mode)
        generated.pop("$schema", None)
        return generated


def schemas_of(models: list[type[BaseModel]]) -> dict[str, Any]:
    """Every model and what it refers to, as named component schemas. Documents refer to a
    model by its class name, so two models of one name are a mistake: refused here."""
    seen: dict[str, type[BaseModel]] = {}
    for model in models:
        other = seen.setdefault(model.__name__, model)
        if other is not model:
            raise TypeError(f"two contract models are named {model.__name__}: "
                            f"{other.__module__} and {model.__module__}; rename one")
    _, definitions = models_json_schema([(m, "validation") for m in models],
                                        ref_template=REF, schema_generator=_Generator)
    found = definitions.get("$defs", {})
    clashes = [name for name in found if "__" in name]  # pydantic's name for a clash
    if clashes:
        raise TypeError(f"contract models share a name: {', '.join(clashes)}; rename one")
    return found
