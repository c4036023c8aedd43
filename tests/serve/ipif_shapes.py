"""JSON Schemas of the IPIF response shapes, written for these tests from reading the
specification (IPIF/prosopogrAPhI, prosopogrAPhI.yaml, info.version 0.3.2 as stored;
components/schemas Person, Factoid, Statement, Source, Protocol, *Response,
ServiceDescription, Error). Nothing of the specification is copied: these are our
own schemas of what it requires, a little stricter where it only suggests."""

from __future__ import annotations

from typing import Any

ID = {"type": "string", "minLength": 1}
REF = {"type": "object", "required": ["@id"], "properties": {"@id": ID}}
REFS = {"type": "array", "items": REF}
DATE = {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}"}
LABELLED = {
    "type": "object",
    "properties": {"uri": {"type": "string"}, "label": {"type": "string"}},
}

FACTOID_REF = {
    "type": "object",
    "required": ["@id"],
    "properties": {"@id": ID, "source-refs": REFS, "statement-refs": REFS, "person-refs": REFS},
}
PERSON: dict[str, Any] = {
    "type": "object",
    "required": ["@id", "factoid-refs"],
    "properties": {
        "@id": ID, "uris": {"type": "array", "items": {"type": "string"}},
        "createdBy": {"type": "string"}, "createdWhen": DATE,
        "factoid-refs": {"type": "array", "items": FACTOID_REF},
    },
}  # fmt: skip
FACTOID: dict[str, Any] = {
    "type": "object",
    "required": ["@id", "person-refs", "source-refs", "statement-refs", "createdBy", "createdWhen"],
    "properties": {
        "@id": ID, "createdBy": {"type": "string"}, "createdWhen": DATE,
        "person-refs": {**REFS, "minItems": 1}, "source-refs": {**REFS, "minItems": 1},
        "statement-refs": {**REFS, "minItems": 1},
    },
}  # fmt: skip
STATEMENT: dict[str, Any] = {
    "type": "object",
    "required": ["@id", "factoid-refs"],
    "properties": {
        "@id": ID, "factoid-refs": {"type": "array", "items": FACTOID_REF, "minItems": 1},
        "statementType": LABELLED, "name": {"type": "string"}, "role": LABELLED,
        "date": {"type": "object", "properties": {"sortdate": {"type": "string", "format": "date",
                 "pattern": r"^\d{4}-\d{2}-\d{2}$"}, "label": {"type": "string"}}},
        "places": {"type": "array", "items": LABELLED}, "memberOf": LABELLED,
        "relatesToPersons": {"type": "array", "items": LABELLED},
        "statementContent": {"type": "string"}, "createdBy": {"type": "string"}, "createdWhen": DATE,
    },
}  # fmt: skip
SOURCE: dict[str, Any] = {
    "type": "object",
    "required": ["@id", "factoid-refs"],
    "properties": {
        "@id": ID, "label": {"type": "string"}, "uris": {"type": "array"},
        "factoid-refs": {"type": "array", "items": FACTOID_REF},
    },
}  # fmt: skip
PROTOCOL = {
    "type": "object",
    "required": ["size", "page", "totalHits"],
    "properties": {
        "size": {"type": "integer", "minimum": 1}, "page": {"type": "integer", "minimum": 1},
        "totalHits": {"type": "integer", "minimum": 0},
    },
}  # fmt: skip


def listing(key: str, item: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "object",
        "required": ["protocol", key],
        "properties": {"protocol": PROTOCOL, key: {"type": "array", "items": item}},
    }


RESPONSES = {
    "persons": listing("persons", PERSON),
    "factoids": listing("factoids", FACTOID),
    "statements": listing("statements", STATEMENT),
    "sources": listing("sources", SOURCE),
}
ONE = {"persons": PERSON, "factoids": FACTOID, "statements": STATEMENT, "sources": SOURCE}
DESCRIPTION = {
    "type": "object",
    "required": ["complianceLevel"],
    "properties": {
        "complianceLevel": {"enum": [1]}, "description": {"type": "string"},
        "provider": {"type": "string"}, "contact": {"type": "string"},
        "formats": {"type": "array", "items": {"type": "string"}},
        "vocabs": {"type": "array", "items": {"type": "string"}},
    },
}  # fmt: skip
PROBLEM = {  # RFC 7807 as the specification's Error
    "type": "object",
    "required": ["status", "title"],
    "properties": {
        "status": {"type": "number"}, "title": {"type": "string"}, "detail": {"type": "string"},
        "type": {"type": "string"}, "instance": {"type": "string"},
    },
}  # fmt: skip
