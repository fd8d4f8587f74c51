"""``GET /api/v1/health``: is this service able to serve (its database answers)? For load balancers and monitors."""
