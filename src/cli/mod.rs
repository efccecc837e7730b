//! Command-line commands beyond the core ones in `main.rs`.

pub mod audit;
pub mod review;
