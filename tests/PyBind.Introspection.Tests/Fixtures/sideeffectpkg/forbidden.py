from sideeffectpkg import mark

mark("forbidden")


def ping():
    return "pong"
