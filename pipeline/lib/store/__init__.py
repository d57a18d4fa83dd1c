"""Tables and files: pandera models, column meanings, frames shaped like the warehouse tables,
DuckDB writes, marts, publishing, recovery and disk errors."""
