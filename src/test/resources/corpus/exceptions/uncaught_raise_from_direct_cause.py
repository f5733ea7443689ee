class ConfigError(Exception):
    pass

def load(settings):
    try:
        return settings["port"]
    except KeyError as exc:
        raise ConfigError("port is not configured") from exc

load({})
