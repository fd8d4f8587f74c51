"""HTTP endpoints of the auth domain (thin: parse, call the service, shape the answer)."""

from fastapi import APIRouter

router = APIRouter()
