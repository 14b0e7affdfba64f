class Config:
    name = 'cfg'
cfg = Config()
print(cfg.name)
print(cfg.name.upper().missing_attribute)
