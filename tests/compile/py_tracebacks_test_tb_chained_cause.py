class ConfigError(Exception):
    pass
def load(d):
    try:
        return d['path']
    except KeyError as e:
        raise ConfigError('missing path setting') from e
load({})
