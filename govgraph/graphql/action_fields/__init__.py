"""Action fields (Handlungsfelder): who is responsible, who oversees."""
