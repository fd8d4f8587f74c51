"""Accounts: the public "Request an account" form and the staff queue of account requests."""
