"""Posts and the persons holding them."""
