None() = 1
