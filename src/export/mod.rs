//! Export: the publishable PDF. This session brings its independent leak check
//! ([`check`]); the redaction itself arrives with the export issue.

pub mod check;
