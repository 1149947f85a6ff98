"""One editor per workshop stage."""
