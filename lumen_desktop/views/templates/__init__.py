"""The "Order templates" section: the list, the template editor, and pending requests shown as templates."""
