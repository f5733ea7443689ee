pri\nt(html)  # hello yield
