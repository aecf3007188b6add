"""The analyst's workbench: a local web app to review, correct and curate the log.

``app.create_app(log_path)`` builds the Flask app; ``server.run`` serves it with waitress.
Every page is whole in itself (CSS, JS and Leaflet inlined), so it works with no network.
"""
