//! Maskera's engine: finds personal data in Swedish municipal protocols and removes it
//! before web publication.
//!
//! The pipeline, one module per stage:
//! [`ingest`] (.docx/.pdf → [`ingest::Document`]) → [`detect`] (rulebook → candidates).
//! Review, export and audit arrive with their issues. [`pdf`] holds the PDF machinery
//! shared by stages: the one content-stream interpreter and font decoding.
#![forbid(unsafe_code)]

pub mod detect;
pub mod export;
pub mod ingest;
pub mod locale;
pub mod pdf;
pub mod review;
