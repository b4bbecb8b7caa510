from sideeffectpkg import mark

mark("allowed")


def ping():
    return "pong"
