"""The interview's phases, each a list of steps; assembled in the method's order by `interview`."""
