"""The interview: steps declared as data, one module per phase, and a pure engine that walks them."""
