class_like = None
value = class_like.name
