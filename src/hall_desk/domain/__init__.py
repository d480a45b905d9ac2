"""Plain-Python rules of the front desk. Nothing here imports Qt or SQLAlchemy."""
