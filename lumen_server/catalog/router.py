"""HTTP endpoints of the catalog domain (thin: parse, call the service, shape the answer)."""

from fastapi import APIRouter

router = APIRouter()
