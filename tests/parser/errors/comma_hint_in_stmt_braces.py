w{hile True:
    pass
