"""HTTP endpoints of the approvals domain (thin: parse, call the service, shape the answer)."""

from fastapi import APIRouter

router = APIRouter()
