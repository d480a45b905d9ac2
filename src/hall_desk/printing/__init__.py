"""Printed documents (slips, reports) made with ReportLab, as bytes or files. No Qt here."""
