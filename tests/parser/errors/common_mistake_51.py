print(f"{x" )
