//! Identities and keys: every user gets an Ed25519 key pair on first use, bound to a
//! display name and a role, stored in the OS configuration directory readable by the user
//! only. Public keys are exported and imported into a trust list, so the web editor can
//! verify the secretary. The municipality key (32 random bytes) keys the hashes of masked
//! values in audit notes; it stays in the configuration directory and is shared inside the
//! municipality, never published.

use super::AuditError;
use ed25519_dalek::{Signer, SigningKey, Verifier, VerifyingKey};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// The two roles of the guideline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Role {
    #[serde(rename = "nämndsekreterare")]
    Namndsekreterare,
    #[serde(rename = "webbredaktör")]
    Webbredaktor,
}

impl Role {
    pub fn parse(text: &str) -> Option<Role> {
        match text.to_lowercase().as_str() {
            "nämndsekreterare" | "namndsekreterare" | "sekreterare" => {
                Some(Role::Namndsekreterare)
            }
            "webbredaktör" | "webbredaktor" | "redaktör" => Some(Role::Webbredaktor),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Role::Namndsekreterare => "nämndsekreterare",
            Role::Webbredaktor => "webbredaktör",
        }
    }
}

/// A public key with the name and role it is bound to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicIdentity {
    pub name: String,
    pub role: Role,
    /// Hex of the 32-byte Ed25519 public key.
    pub public_key: String,
}

impl PublicIdentity {
    /// SHA-256 of the public key, first 16 bytes, in groups of four hex digits.
    pub fn fingerprint(&self) -> String {
        fingerprint(&self.public_key)
    }
}

/// The fingerprint of a hex public key.
pub fn fingerprint(public_key_hex: &str) -> String {
    let digest = Sha256::digest(public_key_hex.as_bytes());
    digest[..16]
        .chunks(2)
        .map(|c| format!("{:02X}{:02X}", c[0], c[1]))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The user's own identity: the public part and the secret key.
#[derive(Clone, Serialize, Deserialize)]
pub struct Identity {
    #[serde(flatten)]
    pub public: PublicIdentity,
    /// Hex of the 32-byte Ed25519 secret key.
    secret_key: String,
    pub created: String,
}

impl std::fmt::Debug for Identity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Identity")
            .field("public", &self.public)
            .finish_non_exhaustive()
    }
}

impl Identity {
    /// A new key pair from the operating system's random source.
    pub fn create(name: &str, role: Role) -> Result<Identity, AuditError> {
        let secret = random_bytes()?;
        let key = SigningKey::from_bytes(&secret);
        Ok(Identity {
            public: PublicIdentity {
                name: name.trim().to_string(),
                role,
                public_key: hex(&key.verifying_key().to_bytes()),
            },
            secret_key: hex(&secret),
            created: super::utc_now(),
        })
    }

    pub fn sign(&self, message: &[u8]) -> Result<String, AuditError> {
        let secret: [u8; 32] = unhex(&self.secret_key)
            .and_then(|b| b.try_into().ok())
            .ok_or(AuditError::BadKeyFile)?;
        Ok(hex(&SigningKey::from_bytes(&secret)
            .sign(message)
            .to_bytes()))
    }

    /// The identity file in `dir`, if there is one.
    pub fn load(dir: &Path) -> Result<Option<Identity>, AuditError> {
        let path = identity_path(dir);
        if !path.exists() {
            return Ok(None);
        }
        let text = std::fs::read_to_string(&path).map_err(|_| AuditError::BadKeyFile)?;
        serde_json::from_str(&text)
            .map(Some)
            .map_err(|_| AuditError::BadKeyFile)
    }

    /// Saves the identity in `dir`, readable by the user only.
    pub fn save(&self, dir: &Path) -> Result<(), AuditError> {
        let json = serde_json::to_vec_pretty(self).map_err(|e| AuditError::Io(e.to_string()))?;
        crate::files::write_atomic(&identity_path(dir), &json, true)
            .map_err(|e| AuditError::Io(e.to_string()))
    }
}

/// Whether `signature` (hex) is `public_key`'s (hex) signature of `message`.
pub fn signature_valid(public_key: &str, message: &[u8], signature: &str) -> bool {
    let key = unhex(public_key)
        .and_then(|b| <[u8; 32]>::try_from(b).ok())
        .and_then(|b| VerifyingKey::from_bytes(&b).ok());
    let signature = unhex(signature)
        .and_then(|b| <[u8; 64]>::try_from(b).ok())
        .map(|b| ed25519_dalek::Signature::from_bytes(&b));
    match (key, signature) {
        (Some(key), Some(signature)) => key.verify(message, &signature).is_ok(),
        _ => false,
    }
}

/// The public keys this user trusts (imported from colleagues).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct TrustList {
    pub trusted: Vec<PublicIdentity>,
}

impl TrustList {
    pub fn load(dir: &Path) -> Result<TrustList, AuditError> {
        let path = dir.join("betrodda-nycklar.json");
        if !path.exists() {
            return Ok(TrustList::default());
        }
        let text = std::fs::read_to_string(&path).map_err(|e| AuditError::Io(e.to_string()))?;
        serde_json::from_str(&text).map_err(|_| AuditError::BadKeyFile)
    }

    pub fn save(&self, dir: &Path) -> Result<(), AuditError> {
        let json = serde_json::to_vec_pretty(self).map_err(|e| AuditError::Io(e.to_string()))?;
        crate::files::write_atomic(&dir.join("betrodda-nycklar.json"), &json, true)
            .map_err(|e| AuditError::Io(e.to_string()))
    }

    /// Adds (or replaces, by key) a public identity.
    pub fn import(&mut self, key: PublicIdentity) {
        self.trusted.retain(|k| k.public_key != key.public_key);
        self.trusted.push(key);
    }

    pub fn trusts(&self, public_key: &str) -> bool {
        self.trusted.iter().any(|k| k.public_key == public_key)
    }
}

/// The municipality key for value hashes, created on first use.
pub fn municipality_key(dir: &Path) -> Result<[u8; 32], AuditError> {
    let path = dir.join("kommunnyckel.hex");
    if let Ok(text) = std::fs::read_to_string(&path) {
        return unhex(text.trim())
            .and_then(|b| b.try_into().ok())
            .ok_or(AuditError::BadKeyFile);
    }
    let key = random_bytes()?;
    crate::files::write_atomic(&path, hex(&key).as_bytes(), true)
        .map_err(|e| AuditError::Io(e.to_string()))?;
    Ok(key)
}

/// The configuration directory: `MASKERA_CONFIG_DIR`, else the OS's (e.g.
/// `~/.config/maskera`, `%APPDATA%\maskera`).
pub fn config_dir() -> PathBuf {
    std::env::var_os("MASKERA_CONFIG_DIR")
        .map(PathBuf::from)
        .or_else(|| dirs::config_dir().map(|d| d.join("maskera")))
        .unwrap_or_else(|| PathBuf::from(".maskera"))
}

fn identity_path(dir: &Path) -> PathBuf {
    dir.join("identitet.json")
}

fn random_bytes() -> Result<[u8; 32], AuditError> {
    let mut out = [0u8; 32];
    getrandom::fill(&mut out).map_err(|e| AuditError::Io(format!("slumpkälla: {e}")))?;
    Ok(out)
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub fn unhex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) || !text.is_ascii() {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).ok())
        .collect()
}
