#!/usr/bin/env python
# vim: set fileencoding=utf-8 :
y = 1
