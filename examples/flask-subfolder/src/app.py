from flask import Flask

from greetings import greet  # a sibling module: importable only from inside src/

app = Flask(__name__)


@app.route("/")
def index():
    return greet("flask-subfolder")
