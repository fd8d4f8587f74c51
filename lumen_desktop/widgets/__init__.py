"""Small reusable widgets shared by the views (banner, placeholder page, field error label)."""
