//! Which language messages for the user are in.
//!
//! The CLI contract: Swedish or English, the user's locale decides; English when `LANG`
//! is unset or `C`. The desktop app is always Swedish.

/// A language for user-facing messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    Swedish,
    English,
}

impl Lang {
    /// The language the environment asks for (`LC_ALL`, then `LC_MESSAGES`, then `LANG`).
    pub fn from_env() -> Lang {
        for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let Ok(value) = std::env::var(var) {
                if !value.is_empty() {
                    return Lang::from_locale(&value);
                }
            }
        }
        Lang::English
    }

    /// `sv_SE.UTF-8`, `sv`, `sv_FI` → Swedish; anything else → English.
    pub fn from_locale(locale: &str) -> Lang {
        if locale.starts_with("sv") {
            Lang::Swedish
        } else {
            Lang::English
        }
    }
}
