#!/usr/bin/python
# coding=iso-8859-1
s = "àè"
