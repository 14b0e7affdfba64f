a = "\ud800"
b = "\udfff\ud83d"
c = "x\ud800y"
