def greet(name):
    return f"hello from {name}\n"
