"""A small shop package: orders and the workers that process them."""
from .orders import Order

__all__ = ["Order", "VERSION"]
VERSION = "1.0"
print("shop package loaded")
