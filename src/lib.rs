//! Maskera's engine: finds personal data in Swedish municipal protocols and removes it
//! before web publication.
//!
//! The pipeline, one module per stage:
//! [`ingest`] (.docx/.pdf → [`ingest::Document`]) → [`detect`] (rulebook → candidates) →
//! [`review`] (decisions → masks) → [`export`] (the publishable PDF, proven clean) →
//! [`audit`] (identities, the signed audit note, verification and approval).
//! [`pdf`] holds the PDF machinery shared by stages: the one content-stream interpreter
//! and font decoding; [`files`] the atomic writes every stage uses.
#![forbid(unsafe_code)]

pub mod audit;
pub mod detect;
pub mod export;
pub mod files;
pub mod ingest;
pub mod locale;
pub mod pdf;
pub mod review;
pub mod workspace;
