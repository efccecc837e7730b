//! Detect (placeholder: being written).
