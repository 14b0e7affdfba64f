x +

