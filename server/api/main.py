"""All routers, put together in one place."""

from fastapi import APIRouter

api_router = APIRouter(prefix="/api")
