"""The bienban web service and command line (nothing is created at import time)."""
