"""The OpenAPI schema as the API really answers (issue 12).

FastAPI documents a 422's `detail` as a list of validation errors. Ours are
that list for bad input FastAPI checks and for our own field checks
(`unprocessable`), but some routes answer a 422 with one sentence in
`detail` (e.g. an unknown language). The schema says both, so clients and
Schemathesis read what they get.
"""

from fastapi import FastAPI


def install(app: FastAPI) -> None:
    build = app.openapi

    def openapi() -> dict:
        if app.openapi_schema is None:
            schema = build()
            error = schema.get("components", {}).get("schemas", {}).get("HTTPValidationError")
            if error is not None:
                error["properties"]["detail"] = {
                    "title": "Detail",
                    "description": (
                        "Either FastAPI's list of validation errors, each with "
                        "`loc` (where: body, query or path, then the field), `msg` "
                        "(what is wrong, for people) and `type`, sometimes `input` "
                        "and `ctx`; or one sentence saying what is wrong."
                    ),
                    "anyOf": [
                        {
                            "type": "array",
                            "items": {"$ref": "#/components/schemas/ValidationError"},
                        },
                        {"type": "string"},
                    ],
                }
                error["required"] = ["detail"]
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi
