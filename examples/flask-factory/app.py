from flask import Flask


def create_app(config=None):
    app = Flask(__name__)
    app.config.update(config or {})

    @app.route("/")
    def index():
        return "hello from flask-factory\n"

    return app
