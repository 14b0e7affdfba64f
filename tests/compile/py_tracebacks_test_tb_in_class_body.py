class Settings:
    debug = False
    level = int('verbose')
