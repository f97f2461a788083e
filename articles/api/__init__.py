"""The read-only JSON API v1 for partner sites: ``/api/v1/`` (see README "The JSON API").

``http`` holds the manners every endpoint shares (methods, language, CORS, ETag and
Last-Modified, JSON errors), ``serializers`` the shapes, ``openapi`` the description
of both, and ``views`` the endpoints.
"""
