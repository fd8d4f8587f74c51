"""The "Orders" section (history, details, reorder, print) and the printable documents of orders and requests."""
