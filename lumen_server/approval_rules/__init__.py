"""Per-customer approval rules: over a subtotal, a request needs a second approver after the first one."""
