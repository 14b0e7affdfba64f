print('pkg.inner executing')
