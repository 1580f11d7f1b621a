print("fefta-bench")
