"""Hall Desk: the front desk of a community party-mass service center."""

__version__ = "0.1.0"
