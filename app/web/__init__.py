"""The Flask layer: factory, configuration, extensions, blueprints and CLI commands.
Views are thin: read the request, call one function of app.services, render or send."""
