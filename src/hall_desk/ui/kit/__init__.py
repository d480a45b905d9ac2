"""What every area of the desk shares: forms, tables, printing, background work."""
