"""Tools for development only: never imported by the portal itself."""
