class ConfigError(Exception):
    pass
def load(path):
    try:
        return {"a": 1}[path]
    except KeyError as exc:
        raise ConfigError(f"no config {path!r}") from exc
def start():
    try:
        load("b")
    except ConfigError:
        raise RuntimeError("startup failed")
start()
