// LibPQ: the safe Swift face of libpq. Knows nothing about screening.
