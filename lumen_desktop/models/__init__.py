"""Qt item models: the table/list models views show (no HTTP of their own except through ``Op``)."""
