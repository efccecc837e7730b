//! ToUnicode and encoding CMaps (placeholder: being written).
